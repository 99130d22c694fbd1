import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { startWebServer } from '../../../src/web/web-server'
import { rawRequest } from '../../support/http'
import { must, openCore, runJob } from '../../support/open-core'
import { beforeCleanup, tempDir } from '../../support/temp-dir'

async function serve(maxProofBytes?: number) {
  const dir = await tempDir()
  const rendererDir = join(dir, 'renderer')
  await mkdir(rendererDir)
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html>')
  const core = await openCore(join(dir, 'data'), undefined, { maxProofBytes })
  const server = await startWebServer({ core, rendererDir })
  beforeCleanup(() => server.close())
  const auth = { 'x-unlinker-token': server.token }
  return { dir, core, server, auth }
}

describe('web mode files', () => {
  it('streams an upload in, attaches it, and serves it back only with the token', async () => {
    const { core, server, auth } = await serve()
    const c = await must(core, 'createCase', { number: '+79123456789' })
    const bytes = Buffer.from('%PDF-1.4 fake agreement')
    const uploaded = await rawRequest(server.port, {
      method: 'POST',
      path: '/upload',
      headers: { ...auth, 'content-type': 'application/octet-stream' },
      body: bytes
    })
    expect(uploaded.status).toBe(200)
    const { data } = JSON.parse(uploaded.body) as { data: { upload: string; size: number } }
    expect(data.size).toBe(bytes.length)
    const proof = await must(core, 'attachProof', {
      ownerType: 'case',
      ownerId: c.id,
      kind: 'agreement',
      source: { upload: data.upload },
      originalName: 'договор.pdf',
      mediaType: 'application/pdf'
    })

    const served = await rawRequest(server.port, { path: `/proofs/${proof.id}`, headers: auth })
    expect(served.status).toBe(200)
    expect(served.body).toBe(bytes.toString())
    expect(served.headers['content-type']).toBe('application/pdf')
    expect(served.headers['content-disposition']).toBe(
      "inline; filename*=UTF-8''%D0%B4%D0%BE%D0%B3%D0%BE%D0%B2%D0%BE%D1%80.pdf"
    )
    expect((await rawRequest(server.port, { path: `/proofs/${proof.id}` })).status).toBe(403)
    const again = await core.call('attachProof', {
      ownerType: 'case',
      ownerId: c.id,
      kind: 'agreement',
      source: { upload: data.upload }
    })
    expect(again).toMatchObject({ ok: false, error: { code: 'notFound' } })
  })

  it('never serves an uploaded page as a page', async () => {
    const { core, server, auth } = await serve()
    const c = await must(core, 'createCase', { number: '+79123456789' })
    const up = await rawRequest(server.port, {
      method: 'POST',
      path: '/upload',
      headers: auth,
      body: '<script>alert(1)</script>'
    })
    const upload = (JSON.parse(up.body) as { data: { upload: string } }).data.upload
    const proof = await must(core, 'attachProof', {
      ownerType: 'case',
      ownerId: c.id,
      kind: 'other',
      source: { upload },
      originalName: 'evil.html',
      mediaType: 'text/html'
    })
    const served = await rawRequest(server.port, { path: `/proofs/${proof.id}`, headers: auth })
    expect(served.headers['content-type']).toBe('application/octet-stream')
    expect(served.headers['content-disposition']).toMatch(/^attachment;/)
    expect(served.headers['content-security-policy']).toContain('sandbox')
  })

  it('refuses uploads from a foreign page, and ones over the limit, keeping nothing', async () => {
    const { dir, server, auth } = await serve(1024)
    const foreign = await rawRequest(server.port, {
      method: 'POST',
      path: '/upload',
      headers: { ...auth, origin: 'https://evil.example' },
      body: 'x'
    })
    expect(foreign.status).toBe(403)
    const big = await rawRequest(server.port, {
      method: 'POST',
      path: '/upload',
      headers: auth,
      body: Buffer.alloc(4096)
    })
    expect(big.status).toBe(413)
    expect(await readdir(join(dir, 'data', 'incoming')).catch(() => [])).toEqual([])
  })

  it('exports into the data folder and offers the archive for download', async () => {
    const { core, server, auth } = await serve()
    await must(core, 'loadExampleData', {})
    const job = await runJob(core, must(core, 'startExport', { language: 'en' }))
    if (job.kind !== 'export' || !job.result?.download) throw new Error('no download')
    const download = await rawRequest(server.port, { path: job.result.download, headers: auth })
    expect(download.status).toBe(200)
    expect(download.headers['content-type']).toBe('application/zip')
    expect(Number(download.headers['content-length'])).toBe(job.result.bytes)
    const sneaky = await rawRequest(server.port, {
      path: '/exports/..%2Funlinker.json',
      headers: auth
    })
    expect(sneaky.status).toBe(404)
  })
})
