import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { STORE_FILE } from '../../../src/core/store/open-store'
import { STORE_VERSION } from '../../../src/core/store/schema'
import { toDateOnly } from '../../../src/shared/domain/dates-values'
import { readEntries, withEditedManifest } from '../../support/crafted-archives'
import { closeCore, must, openCore, runJob } from '../../support/open-core'
import { writeProofFiles } from '../../support/proof-files'
import { tempDir } from '../../support/temp-dir'

const desktop = { mode: 'electron' as const }

/** A clock the test moves: the core reads it at every call. */
function clock(start: string): { now: () => Date; set: (iso: string) => void } {
  let at = new Date(start)
  return { now: () => at, set: (iso) => (at = new Date(iso)) }
}

async function numberWithProofs(dir: string, now: () => Date) {
  const core = await openCore(join(dir, 'data'), now, desktop)
  const files = await writeProofFiles(dir)
  const c = await must(core, 'createCase', {
    number: '+79123456789',
    carrier: 'mts',
    status: 'confirmed',
    cancellationDate: '2026-11-02'
  })
  const sber = await must(core, 'createAccount', { caseId: c.id, name: 'Sber', category: 'bank' })
  const attach = (kind: 'agreement' | 'receipt' | 'screenshot', path: string, more = {}) =>
    must(core, 'attachProof', {
      ownerType: kind === 'screenshot' ? 'account' : 'case',
      ownerId: kind === 'screenshot' ? sber.id : c.id,
      kind,
      source: { path },
      ...more
    })
  return { core, files, c, sber, attach }
}

describe('a proof’s own date', () => {
  it('defaults to the cancellation for the agreement and receipt, today for the rest, or what the user gives; it can be changed later', async () => {
    const dir = await tempDir()
    const time = clock('2026-12-07T09:00:00Z')
    const { core, files, attach } = await numberWithProofs(dir, time.now)
    const agreement = await attach('agreement', files.pdf)
    const receipt = await attach('receipt', files.png, { documentDate: '2026-11-03' })
    const screenshot = await attach('screenshot', files.photo)
    expect(agreement.documentDate).toBe('2026-11-02')
    expect(receipt.documentDate).toBe('2026-11-03')
    expect(screenshot.documentDate).toBe(toDateOnly(time.now()))
    expect(agreement.addedAt).toBe('2026-12-07T09:00:00.000Z')
    const before = screenshot.documentDate

    const moved = await must(core, 'updateProof', {
      id: screenshot.id,
      patch: { documentDate: '2026-11-30' }
    })
    expect(moved.documentDate).toBe('2026-11-30')
    const history = await must(core, 'listHistory', {})
    expect(
      history.find((e) => e.entityId === screenshot.id && e.action === 'updated')?.changes
    ).toEqual({ documentDate: { from: before, to: '2026-11-30' } })
    expect(
      await core.call('updateProof', { id: screenshot.id, patch: { documentDate: '2026-02-30' } })
    ).toMatchObject({ ok: false, error: { code: 'invalidInput' } })
  })

  it('keeps a proof while accounts use the number, then until a year past the latest date; a deletion before asks twice', async () => {
    const dir = await tempDir()
    const time = clock('2026-12-07T09:00:00Z')
    const { core, files, sber, attach } = await numberWithProofs(dir, time.now)
    const agreement = await attach('agreement', files.pdf, { documentDate: '2026-12-01' })
    const refused = await core.call('deleteProof', { id: agreement.id })
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'retention',
        message: 'This proof should still be kept. Confirm to remove it anyway.'
      }
    })

    time.set('2027-01-10T12:00:00Z')
    const [unlinked] = await must(core, 'setAccountStatus', { ids: [sber.id], status: 'unlinked' })
    expect(unlinked?.unlinkedAt).toBe('2027-01-10T12:00:00.000Z')
    time.set('2027-12-02T12:00:00Z')
    // A year past the cancellation and the document, but not past the unlink.
    expect(await core.call('deleteProof', { id: agreement.id })).toMatchObject({
      ok: false,
      error: { code: 'retention', message: expect.stringContaining('kept until 2028-01-10') }
    })
    time.set('2028-01-11T12:00:00Z')
    expect(await core.call('deleteProof', { id: agreement.id })).toMatchObject({ ok: true })

    // Back to work, the day is forgotten; verified keeps the day it was unlinked.
    const [back] = await must(core, 'setAccountStatus', { ids: [sber.id], status: 'todo' })
    expect(back?.unlinkedAt).toBeUndefined()
    time.set('2028-02-01T12:00:00Z')
    await must(core, 'setAccountStatus', { ids: [sber.id], status: 'unlinked' })
    time.set('2028-03-01T12:00:00Z')
    const [verified] = await must(core, 'setAccountStatus', { ids: [sber.id], status: 'verified' })
    expect(verified?.unlinkedAt).toBe('2028-02-01T12:00:00.000Z')
  })

  it('a store written before document dates opens with each proof dated the day it was added', async () => {
    const dir = await tempDir()
    const time = clock('2026-12-07T09:00:00Z')
    const { core, files, attach } = await numberWithProofs(dir, time.now)
    const agreement = await attach('agreement', files.pdf)
    await closeCore(core)
    const path = join(dir, 'data', STORE_FILE)
    const stored = JSON.parse(await readFile(path, 'utf8'))
    for (const proof of stored.proofs) delete proof.documentDate
    await writeFile(path, JSON.stringify({ ...stored, schemaVersion: 7 }))

    const reopened = await openCore(join(dir, 'data'), time.now, desktop)
    const [back] = await must(reopened, 'listProofs', {})
    expect(back).toEqual({ ...agreement, documentDate: toDateOnly(new Date(agreement.addedAt)) })
    await must(reopened, 'updateProof', { id: agreement.id, patch: { note: 'signed' } })
    expect(JSON.parse(await readFile(path, 'utf8')).schemaVersion).toBe(STORE_VERSION)
  })

  it('names archived files by the document’s date; an archive from before restores each proof dated the day it was added', async () => {
    const dir = await tempDir()
    const time = clock('2026-12-07T09:00:00Z')
    const { core, files, attach } = await numberWithProofs(dir, time.now)
    await attach('agreement', files.pdf)
    await attach('screenshot', files.png, { documentDate: '2026-11-20' })
    const job = await runJob(core, must(core, 'startExport', { language: 'en' }))
    if (job.kind !== 'export' || !job.result) throw new Error('no export')
    const names = (await readEntries(job.result.path)).map((e) => e.name)
    expect(names).toContain('proofs/79123456789/agreement-2026-11-02-Договор расторжения.pdf')
    expect(names).toContain('proofs/79123456789/screenshot-2026-11-20-Sber-收据.png')
    const manifest = JSON.parse(
      (await readEntries(job.result.path))
        .find((e) => e.name === 'manifest.json')!
        .data.toString('utf8')
    )
    expect(manifest.schemaVersion).toBe(2)
    expect(manifest.records.proofs.map((p: { documentDate: string }) => p.documentDate)).toEqual([
      '2026-11-02',
      '2026-11-20'
    ])

    const old = join(dir, 'old.zip')
    await withEditedManifest(job.result.path, old, (m) => {
      m.schemaVersion = 1
      delete m.statements
      for (const proof of (m.records as { proofs: Array<Record<string, unknown>> }).proofs)
        delete proof.documentDate
    })
    const target = await openCore(join(dir, 'restored'), time.now, desktop)
    const checked = await runJob(target, must(target, 'startVerify', { source: { path: old } }))
    expect(checked).toMatchObject({ state: 'done', result: { intact: true } })
    const restored = await runJob(
      target,
      must(target, 'startRestore', { source: { path: old }, mode: 'replace' })
    )
    expect(restored).toMatchObject({ state: 'done', result: { proofs: 2 } })
    const added = toDateOnly(time.now())
    expect((await must(target, 'listProofs', {})).map((p) => p.documentDate)).toEqual([
      added,
      added
    ])
  })
})
