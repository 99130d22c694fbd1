import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { startWebServer } from '../../../src/web/web-server'
import { rawRequest } from '../../support/http'
import { must, openCore } from '../../support/open-core'
import { beforeCleanup, tempDir } from '../../support/temp-dir'

async function serve() {
  const dir = await tempDir()
  const rendererDir = join(dir, 'renderer')
  await mkdir(join(rendererDir, 'assets'), { recursive: true })
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Unlinker</title>')
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'export {}')
  const core = await openCore(join(dir, 'data'))
  const server = await startWebServer({ core, rendererDir })
  beforeCleanup(() => server.close())
  return { core, server }
}

const json = { 'content-type': 'application/json' }

// Cookies ignore ports: a cookie set by 127.0.0.1:A goes to 127.0.0.1:B too, so a link to
// another local server would hand it the token. The token must never be in one.
describe('the web token and cookies', () => {
  it('never sets a cookie, whatever is asked, with or without the token', async () => {
    const { core, server } = await serve()
    const c = await must(core, 'createCase', { number: '+79123456789' })
    const auth = { 'x-unlinker-token': server.token }
    const asks: Array<{ method?: string; path: string; headers?: Record<string, string> }> = [
      { path: `/?token=${server.token}` },
      { path: `/index.html?token=${server.token}` },
      { path: `/assets/app.js?token=${server.token}` },
      { path: '/' },
      { path: `/proofs/${c.id}?token=${server.token}` },
      { method: 'POST', path: '/api/listAccounts', headers: { ...json, ...auth } },
      { method: 'POST', path: '/sign', headers: { ...json, ...auth } }
    ]
    for (const ask of asks) {
      const res = await rawRequest(server.port, { ...ask, body: ask.method ? '{}' : undefined })
      expect(res.headers['set-cookie'], ask.path).toBeUndefined()
      expect(JSON.stringify(res.headers), ask.path).not.toContain(server.token)
    }
  })

  it('refuses a call that carries the token only in a cookie or in the address', async () => {
    const { server } = await serve()
    for (const cookie of [
      `unlinker-${server.port}=${server.token}`,
      `unlinker=${server.token}`,
      `token=${server.token}`
    ]) {
      const res = await rawRequest(server.port, {
        method: 'POST',
        path: '/api/listAccounts',
        headers: { ...json, cookie },
        body: '{}'
      })
      expect(res.status, cookie).toBe(403)
    }
    const inAddress = await rawRequest(server.port, {
      method: 'POST',
      path: `/api/listAccounts?token=${server.token}`,
      headers: json,
      body: '{}'
    })
    expect(inAddress.status).toBe(403)
    const proofByQuery = await rawRequest(server.port, {
      path: `/exports/x.zip?token=${server.token}`
    })
    expect(proofByQuery.status).toBe(403)
  })
})
