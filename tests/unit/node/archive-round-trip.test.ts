import { execFileSync } from 'node:child_process'
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { UnlinkerCore } from '../../../src/core/unlinker-core'
import { readEntries, writeZip } from '../../support/crafted-archives'
import { closeCore, must, openCore, runJob } from '../../support/open-core'
import { posixOnly } from '../../support/posix-only'
import { writeProofFiles } from '../../support/proof-files'
import { tempDir } from '../../support/temp-dir'

async function fillStore(core: UnlinkerCore, files: Awaited<ReturnType<typeof writeProofFiles>>) {
  const c = await must(core, 'createCase', {
    number: '+79123456789',
    carrier: 'mts',
    cancellationDate: '2026-11-01',
    status: 'confirmed'
  })
  const [sber] = await must(core, 'addFromCatalog', { caseId: c.id, catalogIds: ['sber', 'vk'] })
  await must(core, 'setAccountStatus', { ids: [sber!.id], status: 'unlinked' })
  await must(core, 'createPerson', { name: 'Мама <b>', contact: '微信', caseId: c.id })
  const proofs = [
    await must(core, 'attachProof', {
      ownerType: 'case',
      ownerId: c.id,
      kind: 'agreement',
      source: { path: files.pdf }
    }),
    await must(core, 'attachProof', {
      ownerType: 'case',
      ownerId: c.id,
      kind: 'receipt',
      source: { path: files.png }
    }),
    await must(core, 'attachProof', {
      ownerType: 'account',
      ownerId: sber!.id,
      kind: 'screenshot',
      note: 'phone changed page',
      source: { path: files.photo }
    }),
    // The same bytes again under a hostile name: stored once, exported under a safe name.
    await must(core, 'attachProof', {
      ownerType: 'case',
      ownerId: c.id,
      kind: 'other',
      source: { path: files.pdf },
      originalName: '../../CON'
    })
  ]
  return { caseId: c.id, proofs }
}

async function exportAll(core: UnlinkerCore): Promise<string> {
  const job = await runJob(core, must(core, 'startExport', { language: 'en' }))
  expect(job).toMatchObject({ kind: 'export', state: 'done' })
  if (job.kind !== 'export' || !job.result) throw new Error('no export result')
  expect(job.result.verified.intact).toBe(true)
  return job.result.path
}

const desktop = { mode: 'electron' as const }

describe('the archive of proofs', () => {
  it('keeps a file attached twice once in the vault', async () => {
    const dir = await tempDir()
    const core = await openCore(join(dir, 'data'), undefined, desktop)
    const { proofs } = await fillStore(core, await writeProofFiles(dir))
    expect(new Set(proofs.map((p) => p.sha256)).size).toBe(3)
    expect(await readdir(join(dir, 'data', 'vault'))).toHaveLength(3)
  })

  it('exports a ZIP that unzip -t and sha256sum -c accept', async (ctx) => {
    posixOnly(ctx, 'checks the archive with Info-ZIP unzip and GNU sha256sum, which Windows lacks')
    const dir = await tempDir()
    const core = await openCore(join(dir, 'data'), undefined, desktop)
    await fillStore(core, await writeProofFiles(dir))
    const archive = await exportAll(core)

    expect(execFileSync('unzip', ['-t', archive]).toString()).toContain('No errors detected')
    const out = join(dir, 'unpacked')
    execFileSync('unzip', ['-q', archive, '-d', out])
    const sums = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: out }).toString()
    // The manifest, the report, the statement of cancellation and the four proofs.
    expect(sums.trim().split('\n')).toHaveLength(7)
    expect(sums).not.toContain('FAILED')

    const names = execFileSync('unzip', ['-Z1', archive]).toString().trim().split('\n')
    expect(names).toEqual(
      expect.arrayContaining([
        'manifest.json',
        'report.html',
        'statement-79123456789.html',
        'SHA256SUMS'
      ])
    )
    const proofNames = names.filter((n) => n.startsWith('proofs/'))
    expect(proofNames).toHaveLength(4)
    for (const name of proofNames) {
      expect(name).toMatch(/^proofs\/79123456789\/[^/]+$/)
      expect(name.split('/')).not.toContain('..')
    }
    expect(proofNames.some((n) => n.includes('Договор расторжения.pdf'))).toBe(true)
    expect(
      proofNames.some((n) => n.includes('Sber') && n.startsWith('proofs/79123456789/screenshot-'))
    ).toBe(true)

    const report = await readFile(join(out, 'report.html'), 'utf8')
    expect(report).toContain('Мама &lt;b&gt;')
    expect(report).not.toContain('<b>')
    expect(report).not.toMatch(/<script/i)
  })

  it('restores into an empty folder with equal records and byte-equal files', async () => {
    const dir = await tempDir()
    const source = await openCore(join(dir, 'a'), undefined, desktop)
    const files = await writeProofFiles(dir)
    await fillStore(source, files)
    const archive = await exportAll(source)

    const target = await openCore(join(dir, 'b'), undefined, desktop)
    const copy = join(dir, 'copy.zip')
    await writeFile(copy, await readFile(archive))
    const restored = await runJob(
      target,
      must(target, 'startRestore', { source: { path: copy }, mode: 'replace' })
    )
    expect(restored).toMatchObject({
      state: 'done',
      result: { cases: 1, accounts: 2, people: 1, proofs: 4 }
    })
    for (const list of ['listCases', 'listAccounts', 'listPeople', 'listProofs'] as const)
      expect(await must(target, list, {})).toEqual(await must(source, list, {}))
    expect(await must(target, 'listHistory', { limit: 10_000 })).toEqual(
      await must(source, 'listHistory', { limit: 10_000 })
    )
    for (const name of await readdir(join(dir, 'a', 'vault')))
      expect(await readFile(join(dir, 'b', 'vault', name))).toEqual(
        await readFile(join(dir, 'a', 'vault', name))
      )
    await closeCore(target)
    const reopened = await openCore(join(dir, 'b'))
    expect(await must(reopened, 'listProofs', {})).toHaveLength(4)
  })

  it('finds one flipped byte, and names the altered file', async () => {
    const dir = await tempDir()
    const core = await openCore(join(dir, 'data'), undefined, desktop)
    const files = await writeProofFiles(dir)
    await fillStore(core, files)
    const archive = await readFile(await exportAll(core))
    const photo = await readFile(files.photo)
    const at = archive.indexOf(photo.subarray(1000, 1032))
    expect(at).toBeGreaterThan(0)
    archive[at + 5]! ^= 0x01
    const damaged = join(dir, 'damaged.zip')
    await writeFile(damaged, archive)

    const job = await runJob(core, must(core, 'startVerify', { source: { path: damaged } }))
    if (job.kind !== 'verify' || !job.result) throw new Error('no report')
    const report = job.result
    expect(report.intact).toBe(false)
    expect(report.altered).toEqual([
      expect.stringMatching(/^proofs\/79123456789\/screenshot-.*IMG_0001\.jpg$/)
    ])
    expect(report.missing).toEqual([])
  })

  it('names a file SHA256SUMS does not list, and restores nothing from such an archive', async () => {
    const dir = await tempDir()
    const core = await openCore(join(dir, 'data'), undefined, desktop)
    const files = await writeProofFiles(dir)
    await fillStore(core, files)
    const entries = await readEntries(await exportAll(core))
    const proof = entries.find((e) => e.name.includes('/proofs/') || e.name.startsWith('proofs/'))
    if (!proof) throw new Error('no proof in the archive')
    // A file slipped in beside the proofs, listed nowhere: every listed file still checks.
    const planted = proof.name.replace(/[^/]+$/, 'planted.pdf')
    const tampered = join(dir, 'tampered.zip')
    await writeZip(tampered, [...entries, { name: planted, data: Buffer.from('%PDF-1.4 planted') }])

    const job = await runJob(core, must(core, 'startVerify', { source: { path: tampered } }))
    if (job.kind !== 'verify' || !job.result) throw new Error('no report')
    expect(job.result).toMatchObject({ intact: false, extra: [planted], missing: [], altered: [] })

    const empty = await openCore(join(dir, 'empty'), undefined, desktop)
    const restored = await runJob(
      empty,
      must(empty, 'startRestore', { source: { path: tampered }, mode: 'replace' })
    )
    expect(restored.state).toBe('failed')
    expect(await must(empty, 'listProofs', {})).toEqual([])
  })
})

describe('cancelling an export', () => {
  it('leaves no file at the destination, whole or partial', async () => {
    const dir = await tempDir()
    const data = join(dir, 'data')
    const core = await openCore(data, undefined, desktop)
    const c = await must(core, 'createCase', { number: '+79123456789' })
    const big = join(dir, 'video.mp4')
    const { randomBytes } = await import('node:crypto')
    await writeFile(big, Buffer.concat(Array.from({ length: 96 }, () => randomBytes(1024 * 1024))))
    await must(core, 'attachProof', {
      ownerType: 'case',
      ownerId: c.id,
      kind: 'other',
      source: { path: big }
    })
    const started = await must(core, 'startExport', { language: 'en' })
    await must(core, 'cancelJob', { id: started.id })
    const job = await runJob(core, Promise.resolve(started))
    expect(job.state).toBe('cancelled')
    expect(await readdir(join(data, 'exports')).catch(() => [])).toEqual([])
  })
})

describe('a damaged vault file', () => {
  it('is left out of the export by name, and the rest is written whole', async () => {
    const dir = await tempDir()
    const data = join(dir, 'data')
    const core = await openCore(data, undefined, desktop)
    const { proofs } = await fillStore(core, await writeProofFiles(dir))
    const damaged = join(data, 'vault', proofs[2]!.sha256)
    const bytes = await readFile(damaged)
    bytes[100]! ^= 0xff
    await writeFile(damaged, bytes)
    const job = await runJob(core, must(core, 'startExport', { language: 'en' }))
    expect(job).toMatchObject({
      state: 'done',
      result: {
        leftOut: [{ proofId: proofs[2]!.id, name: 'IMG_0001.jpg', problem: 'damaged' }],
        files: proofs.length - 1,
        verified: { intact: true }
      }
    })
  })
})
