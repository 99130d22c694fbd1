import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { readEntries, writeZip } from '../../support/crafted-archives'
import { must, openCore, runJob } from '../../support/open-core'
import { writeProofFiles } from '../../support/proof-files'
import { tempDir } from '../../support/temp-dir'
import { CHECKLIST_ITEMS } from '../../../src/shared/domain/case'

const FIVE = { passport: true, sim: true, contract: false, address: false, balance: true }
const desktop = { mode: 'electron' as const }

/**
 * Rewrites a fresh export as an Unlinker of store version 3 wrote it: cases with the
 * five-item checklist and without the last use or the new number; the sums follow.
 */
async function asVersionThree(archive: string, out: string): Promise<void> {
  const entries = await readEntries(archive)
  const manifestEntry = entries.find((e) => e.name.endsWith('manifest.json'))!
  const manifest = JSON.parse(manifestEntry.data.toString('utf8'))
  manifest.storeVersion = 3
  for (const c of manifest.records.cases) {
    delete c.lastUseDate
    delete c.replacementNumber
    c.checklist = FIVE
  }
  manifestEntry.data = Buffer.from(JSON.stringify(manifest, null, 2))
  const hash = createHash('sha256').update(manifestEntry.data).digest('hex')
  for (const e of entries)
    if (e.name.endsWith('SHA256SUMS'))
      e.data = Buffer.from(
        e.data
          .toString('utf8')
          .replace(/^[0-9a-f]{64}(\s+\*?(?:.*\/)?manifest\.json)$/m, `${hash}$1`)
      )
  await writeZip(out, entries)
}

describe('an archive exported before the visit checklist grew', () => {
  it('verifies and restores, its five ticks kept and the new items not done', async () => {
    const dir = await tempDir()
    const source = await openCore(join(dir, 'a'), undefined, desktop)
    const files = await writeProofFiles(dir)
    const c = await must(source, 'createCase', {
      number: '+79123456789',
      carrier: 't2',
      status: 'confirmed',
      cancellationDate: '2025-09-01'
    })
    await must(source, 'attachProof', {
      ownerType: 'case',
      ownerId: c.id,
      kind: 'agreement',
      source: { path: files.pdf }
    })
    const job = await runJob(source, must(source, 'startExport', { language: 'en' }))
    if (job.kind !== 'export' || !job.result) throw new Error('no export')
    const old = join(dir, 'old.zip')
    await asVersionThree(job.result.path, old)

    const target = await openCore(join(dir, 'b'), undefined, desktop)
    const checked = await runJob(target, must(target, 'startVerify', { source: { path: old } }))
    expect(checked).toMatchObject({ state: 'done', result: { intact: true } })
    const restored = await runJob(
      target,
      must(target, 'startRestore', { source: { path: old }, mode: 'replace' })
    )
    expect(restored).toMatchObject({ state: 'done', result: { cases: 1, proofs: 1 } })

    const [back] = await must(target, 'listCases', {})
    expect(back).toMatchObject({ id: c.id, lastUseDate: null, replacementNumber: null })
    expect(back?.checklist).toMatchObject(FIVE)
    for (const item of CHECKLIST_ITEMS)
      if (!(item in FIVE)) expect(back?.checklist[item], item).toBe(false)
  })
})
