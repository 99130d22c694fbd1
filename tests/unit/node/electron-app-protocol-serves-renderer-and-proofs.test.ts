import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { protocol } from '../../support/fake-electron'
import { must, openCore } from '../../support/open-core'
import { writeProofFiles } from '../../support/proof-files'
import { tempDir } from '../../support/temp-dir'
import { registerAppScheme, serveRenderer } from '../../../src/main/protocol'
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/csp'

vi.mock('electron', () => import('../../support/fake-electron'))

async function setUp(): Promise<{
  get: (path: string) => Promise<Response>
  core: Awaited<ReturnType<typeof openCore>>
  dir: string
}> {
  const dir = await tempDir()
  const root = join(dir, 'renderer')
  await mkdir(join(root, 'assets'), { recursive: true })
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Unlinker</title>')
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)')
  await writeFile(join(dir, 'secret.txt'), 'outside the renderer')
  const core = await openCore(join(dir, 'data'), undefined, { mode: 'electron' })
  serveRenderer(core, root)
  const handler = protocol.handlers.get('app')
  if (!handler) throw new Error('app:// has no handler')
  return { get: (path) => handler(new Request(`app://unlinker${path}`)), core, dir }
}

describe('app:// serves the built renderer and proof files, nothing else', () => {
  beforeEach(() => protocol.handlers.clear())

  it('is registered as a standard, secure scheme with fetch', () => {
    registerAppScheme()
    expect(protocol.privileged).toContainEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true }
    })
  })

  it('answers the renderer’s files with their type, the CSP and nosniff', async () => {
    const { get } = await setUp()
    const index = await get('/')
    expect(index.status).toBe(200)
    expect(await index.text()).toContain('<title>Unlinker</title>')
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(index.headers.get('x-content-type-options')).toBe('nosniff')
    const script = await get('/assets/app.js')
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await script.text()).toBe('console.log(1)')
  })

  it('answers 404 for a missing file and for every way out of the renderer folder', async () => {
    const { get } = await setUp()
    for (const path of [
      '/nope.js',
      '/assets',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/index.html%00.js',
      '/%E0%A4%A'
    ]) {
      const answer = await get(path)
      expect(answer.status, path).toBe(404)
      expect(await answer.text(), path).toBe('Not found')
    }
  })

  it('streams a proof by its id with the proof headers, and 404 for an unknown id', async () => {
    const { get, core, dir } = await setUp()
    const files = await writeProofFiles(dir)
    const c = await must(core, 'createCase', { number: '+79123456789' })
    const png = await must(core, 'attachProof', {
      ownerType: 'case',
      ownerId: c.id,
      kind: 'receipt',
      source: { path: files.png }
    })
    const answer = await get(`/proofs/${png.id}`)
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toBe('image/png')
    expect(answer.headers.get('content-disposition')).toBe(
      `inline; filename*=UTF-8''${encodeURIComponent('收据.png')}`
    )
    expect(answer.headers.get('content-security-policy')).toContain('sandbox')
    expect(Buffer.from(await answer.arrayBuffer())).toEqual(await readFile(files.png))
    const unknown = await get('/proofs/00000000-0000-4000-8000-000000000000')
    expect(unknown.status).toBe(404)
  })
})
