import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { startWebServer, type RunningWebServer } from '../../../src/web/web-server'
import { resolveStaticPath } from '../../../src/core/static-path'
import { rawRequest } from '../../support/http'
import { openCore } from '../../support/open-core'
import { beforeCleanup, tempDir } from '../../support/temp-dir'

async function serve(
  options: { maxBodyBytes?: number; timeouts?: { headersMs: number; idleMs: number } } = {}
): Promise<RunningWebServer> {
  const dir = await tempDir()
  const rendererDir = join(dir, 'renderer')
  await mkdir(rendererDir)
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Unlinker</title>')
  await writeFile(join(dir, 'secret.txt'), 'outside the renderer')
  const core = await openCore(join(dir, 'data'))
  const server = await startWebServer({ core, rendererDir, ...options })
  beforeCleanup(() => server.close())
  return server
}

const json = { 'content-type': 'application/json' }

/** The token with its first character changed. */
const oneOff = (token: string): string => (token.startsWith('A') ? 'B' : 'A') + token.slice(1)

describe('web mode', () => {
  it('answers the app with the token in a header, and serves the page itself to anyone on its origin', async () => {
    const server = await serve()
    const viaHeader = await rawRequest(server.port, {
      method: 'POST',
      path: '/api/createAccount',
      headers: { ...json, 'x-unlinker-token': server.token },
      body: JSON.stringify({ name: 'Sber' })
    })
    expect(JSON.parse(viaHeader.body)).toMatchObject({ ok: true, data: { name: 'Sber' } })

    // The renderer holds no data: the page loads, and reads the token from its own address.
    const opened = await rawRequest(server.port, { path: `/?token=${server.token}` })
    expect(opened.status).toBe(200)
    expect(opened.body).toContain('<title>Unlinker</title>')
    expect(opened.headers['content-security-policy']).toMatch(/script-src 'self'/)
    expect(opened.headers['referrer-policy']).toBe('no-referrer')
  })

  it.each([
    ['no token', (): Record<string, string> => ({})],
    ['a wrong token', () => ({ 'x-unlinker-token': 'guess' })],
    // As long as the right one and differing in one character only: the whole token is compared.
    [
      'a wrong token of the right length',
      (token: string) => ({ 'x-unlinker-token': oneOff(token) })
    ],
    [
      'the right token but for its last character',
      (token: string) => ({
        'x-unlinker-token': token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A')
      })
    ],
    ['a wrong cookie', () => ({ cookie: 'unlinker-1=guess' })]
  ])('refuses a call or an upload with %s (403)', async (_label, headersFor) => {
    const server = await serve()
    for (const path of ['/api/listAccounts', '/upload', '/sign']) {
      const res = await rawRequest(server.port, {
        method: 'POST',
        path,
        headers: { ...json, ...headersFor(server.token) },
        body: '{}'
      })
      expect(res.status, path).toBe(403)
    }
  })

  it('answers a malformed request target with 400, not a crash', async () => {
    const server = await serve()
    for (const path of ['/exports/%', '/exports/%zz', '/exports/a%2']) {
      const res = await rawRequest(server.port, {
        path,
        headers: { 'x-unlinker-token': server.token }
      })
      expect(res.status, path).toBe(400)
    }
  })

  it('refuses a foreign Host even with the right token (DNS rebinding)', async () => {
    const server = await serve()
    for (const host of [
      'evil.example',
      `evil.example:${server.port}`,
      '127.0.0.1:1',
      'localhost'
    ]) {
      const res = await rawRequest(server.port, {
        path: '/',
        headers: { host, 'x-unlinker-token': server.token }
      })
      expect(res.status, host).toBe(403)
    }
  })

  it('refuses a state-changing request from a foreign Origin even with the token', async () => {
    const server = await serve()
    const res = await rawRequest(server.port, {
      method: 'POST',
      path: '/api/createAccount',
      headers: { ...json, 'x-unlinker-token': server.token, origin: 'https://evil.example' },
      body: JSON.stringify({ name: 'Injected' })
    })
    expect(res.status).toBe(403)
    const list = await rawRequest(server.port, {
      method: 'POST',
      path: '/api/listAccounts',
      headers: {
        ...json,
        'x-unlinker-token': server.token,
        origin: `http://127.0.0.1:${server.port}`
      },
      body: '{}'
    })
    expect(JSON.parse(list.body)).toEqual({ ok: true, data: [] })
  })

  it('never serves a file outside the renderer folder', async () => {
    const server = await serve()
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%5csecret.txt',
      '/%00'
    ]) {
      const res = await rawRequest(server.port, {
        path,
        headers: { 'x-unlinker-token': server.token }
      })
      expect(res.status, path).toBe(404)
      expect(res.body).not.toContain('outside the renderer')
    }
    expect(resolveStaticPath('/srv/r', '/../../etc/passwd')).toBeNull()
    expect(resolveStaticPath('/srv/r', '/assets/a.js')).toBe('/srv/r/assets/a.js')
  })

  it('refuses an oversized body with 413 and bad JSON with 400', async () => {
    const server = await serve({ maxBodyBytes: 1024 })
    const big = await rawRequest(server.port, {
      method: 'POST',
      path: '/api/createAccount',
      headers: { ...json, 'x-unlinker-token': server.token },
      body: JSON.stringify({ name: 'x'.repeat(5000) })
    })
    expect(big.status).toBe(413)
    const broken = await rawRequest(server.port, {
      method: 'POST',
      path: '/api/createAccount',
      headers: { ...json, 'x-unlinker-token': server.token },
      body: '{"name":'
    })
    expect(broken.status).toBe(400)
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'invalidInput' } })
  })

  it('listens on 127.0.0.1 only', async () => {
    const server = await serve()
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/)
  })

  it('drops clients that send their headers too slowly or go silent mid-body, and keeps serving others', async () => {
    const server = await serve({ timeouts: { headersMs: 300, idleMs: 300 } })
    const { connect } = await import('node:net')
    // The socket is read to its end: what the server said, then who closed it. When Node's
    // header timer fires before the idle timer, the server answers 408 and closes; a socket
    // nobody reads keeps that answer unread and never sees the close that follows. The
    // guard only stops a server that never lets go from hanging the test (and fails it).
    const dropped = (partial: string): Promise<{ by: 'server' | 'guard'; said: string }> =>
      new Promise((resolve) => {
        let guard = false
        let said = ''
        const socket = connect(server.port, '127.0.0.1', () => socket.write(partial))
        socket.setEncoding('utf8')
        socket.on('data', (chunk: string) => (said += chunk))
        socket.setTimeout(45_000, () => {
          guard = true
          socket.destroy()
        })
        socket.on('error', () => undefined)
        socket.on('close', () => resolve({ by: guard ? 'guard' : 'server', said }))
      })
    const slowHeaders = dropped(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nX-Slow: `)
    const stalledBody = dropped(
      `POST /api/listAccounts HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n` +
        `x-unlinker-token: ${server.token}\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{`
    )
    // While both stall, another client is answered at once.
    const ok = await rawRequest(server.port, {
      method: 'POST',
      path: '/api/listAccounts',
      headers: { ...json, 'x-unlinker-token': server.token },
      body: '{}'
    })
    expect(ok.status).toBe(200)
    // Headers that never end: 408 from the header timer, or nothing from the idle timer.
    const slow = await slowHeaders
    expect(slow.by).toBe('server')
    expect(slow.said).toMatch(/^(HTTP\/1\.1 408 Request Timeout\r\n[\s\S]*)?$/)
    // A body that stops: the request was being read, and nothing is answered.
    const stalled = await stalledBody
    expect(stalled.by).toBe('server')
    expect(stalled.said).toBe('')
  }, 60_000)
})
