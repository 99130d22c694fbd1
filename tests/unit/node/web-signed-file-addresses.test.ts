import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { startWebServer } from '../../../src/web/web-server'
import { rawRequest } from '../../support/http'
import { must, openCore, runJob } from '../../support/open-core'
import { beforeCleanup, tempDir } from '../../support/temp-dir'

async function serve() {
  const dir = await tempDir()
  const rendererDir = join(dir, 'renderer')
  await mkdir(rendererDir)
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html>')
  // The desktop mode attaches files by path, which keeps the test short.
  const core = await openCore(join(dir, 'data'), undefined, { mode: 'electron' })
  const clock = { now: Date.parse('2025-03-01T10:00:00Z') }
  const server = await startWebServer({
    core,
    rendererDir,
    signedUrlMs: 60_000,
    now: () => clock.now
  })
  beforeCleanup(() => server.close())
  const auth = { 'x-unlinker-token': server.token, 'content-type': 'application/json' }
  const sign = async (path: string) => {
    const res = await rawRequest(server.port, {
      method: 'POST',
      path: '/sign',
      headers: auth,
      body: JSON.stringify({ path })
    })
    return {
      status: res.status,
      url: (JSON.parse(res.body) as { data?: { url: string } }).data?.url
    }
  }
  return { core, server, clock, sign, auth }
}

async function twoProofs(core: Awaited<ReturnType<typeof serve>>['core'], dir: string) {
  const c = await must(core, 'createCase', { number: '+79123456789' })
  const ids: string[] = []
  for (const [name, text] of [
    ['agreement.pdf', '%PDF-1.4 agreement'],
    ['receipt.pdf', '%PDF-1.4 receipt']
  ] as const) {
    const path = join(dir, name)
    await writeFile(path, text)
    const proof = await must(core, 'attachProof', {
      ownerType: 'case',
      ownerId: c.id,
      kind: 'agreement',
      source: { path }
    })
    ids.push(proof.id)
  }
  return ids as [string, string]
}

describe('signed addresses for proofs and exports', () => {
  it('open one proof without the token, for a minute, and nothing else', async () => {
    const dir = await tempDir()
    const { core, server, clock, sign } = await serve()
    const [agreement, receipt] = await twoProofs(core, dir)
    const { status, url } = await sign(`/proofs/${agreement}`)
    expect(status).toBe(200)
    expect(url).toMatch(new RegExp(`^/proofs/${agreement}\\?expires=\\d+&sig=[\\w-]+$`))
    const query = url!.slice(url!.indexOf('?'))

    const opened = await rawRequest(server.port, { path: url! })
    expect(opened.status).toBe(200)
    expect(opened.body).toBe('%PDF-1.4 agreement')

    // The same signature opens no other proof, no export and no call.
    expect((await rawRequest(server.port, { path: `/proofs/${receipt}${query}` })).status).toBe(403)
    expect((await rawRequest(server.port, { path: `/exports/a.zip${query}` })).status).toBe(403)
    const call = await rawRequest(server.port, {
      method: 'POST',
      path: `/api/listProofs${query}`,
      headers: { 'content-type': 'application/json' },
      body: '{}'
    })
    expect(call.status).toBe(403)
    // The purpose is signed too: an address signed for a proof named like an archive does
    // not download the archive of that name.
    const lookalike = await sign('/proofs/unlinker-proofs.zip')
    expect(lookalike.status).toBe(200)
    const asExport = lookalike.url!.replace('/proofs/', '/exports/')
    expect((await rawRequest(server.port, { path: asExport })).status).toBe(403)
    // A later expiry written into the address breaks the signature.
    const stretched = url!.replace(/expires=\d+/, `expires=${clock.now + 3_600_000}`)
    expect((await rawRequest(server.port, { path: stretched })).status).toBe(403)

    clock.now += 59_000
    expect((await rawRequest(server.port, { path: url! })).status).toBe(200)
    clock.now += 2_000
    expect((await rawRequest(server.port, { path: url! })).status).toBe(403)
  })

  it('signs only proof and export addresses, and only for the token holder', async () => {
    const { server, sign } = await serve()
    for (const path of [
      '/api/listAccounts',
      '/',
      '/upload',
      '/proofs/../unlinker.json',
      '/proofs/a/b',
      '//evil.example/proofs/x',
      'https://evil.example/proofs/x'
    ]) {
      const { status, url } = await sign(path)
      expect(status, path).toBe(400)
      expect(url, path).toBeUndefined()
    }
    const stranger = await rawRequest(server.port, {
      method: 'POST',
      path: '/sign',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ path: '/exports/a.zip' })
    })
    expect(stranger.status).toBe(403)
  })

  it('downloads an export through a signed address, which then expires', async () => {
    const { core, server, clock, sign } = await serve()
    await must(core, 'loadExampleData', {})
    const job = await runJob(core, must(core, 'startExport', { language: 'en' }))
    if (job.kind !== 'export' || !job.result?.download) throw new Error('no download')
    expect((await rawRequest(server.port, { path: job.result.download })).status).toBe(403)
    const { url } = await sign(job.result.download)
    const download = await rawRequest(server.port, { path: url! })
    expect(download.status).toBe(200)
    expect(download.headers['content-type']).toBe('application/zip')
    expect(Number(download.headers['content-length'])).toBe(job.result.bytes)
    clock.now += 61_000
    expect((await rawRequest(server.port, { path: url! })).status).toBe(403)
  })
})
