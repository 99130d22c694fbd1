import { readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CoreOptions, UnlinkerCore } from '../../../src/core/unlinker-core'
import { STORE_FILE } from '../../../src/core/store/open-store'
import { closeCore, must, openCore, runJob } from '../../support/open-core'
import { entryOf } from '../../support/crafted-archives'
import { tempDir } from '../../support/temp-dir'

/** A store that keeps at most four events itself, so a few changes make segments. */
const small = { historyTail: 4 }

async function storeFile(dir: string): Promise<{ history: unknown[]; historySegments: string[] }> {
  return JSON.parse(await readFile(join(dir, STORE_FILE), 'utf8'))
}

async function busyCase(core: UnlinkerCore): Promise<string[]> {
  const c = await must(core, 'createCase', { number: '+79123456789', carrier: 'mts' })
  const ids: string[] = []
  for (let i = 0; i < 6; i++) {
    const account = await must(core, 'createAccount', {
      caseId: c.id,
      name: `Service ${i}`,
      category: 'bank'
    })
    await must(core, 'setAccountStatus', { ids: [account.id], status: 'unlinked' })
    ids.push(account.id)
  }
  return ids
}

/** A folder with a busy case, closed again; answers the whole history it had. */
async function closedBusyFolder(more: Partial<CoreOptions> = {}) {
  const dir = await tempDir()
  const core = await openCore(dir, undefined, { ...small, ...more })
  await busyCase(core)
  const all = await must(core, 'listHistory', { limit: 1000 })
  await closeCore(core)
  return { dir, all }
}

/** The ids of the events in one segment file, read before it is damaged. */
async function idsIn(dir: string, segment: string): Promise<Set<string>> {
  const events = JSON.parse(await readFile(join(dir, 'history', segment), 'utf8')) as Array<{
    id: string
  }>
  return new Set(events.map((e) => e.id))
}

describe('history kept in segments', () => {
  it('keeps the store small, and lists every event before and after a restart', async () => {
    const dir = await tempDir()
    const core = await openCore(dir, undefined, small)
    const accounts = await busyCase(core)
    const all = await must(core, 'listHistory', { limit: 1000 })
    expect(all).toHaveLength(13)
    expect(all.at(-1)).toMatchObject({ entity: 'case', action: 'created' })

    const stored = await storeFile(dir)
    expect(stored.history.length).toBeLessThanOrEqual(4)
    expect(stored.historySegments.length).toBeGreaterThan(0)
    expect((await readdir(join(dir, 'history'))).sort()).toEqual([...stored.historySegments].sort())

    await closeCore(core)
    const again = await openCore(dir, undefined, small)
    expect(await must(again, 'listHistory', { limit: 1000 })).toEqual(all)
    // The first account's events are all in segments by now, and still found.
    expect(await must(again, 'listHistory', { entityId: accounts[0]! })).toMatchObject([
      { action: 'updated', changes: { status: { from: 'todo', to: 'unlinked' } } },
      { action: 'created' }
    ])
  })

  it('moves the older events of a version-2 store into a segment on its first open', async () => {
    const dir = await tempDir()
    const at = '2026-11-01T10:00:00.000Z'
    const history = Array.from({ length: 30 }, (_, i) => ({
      id: `event-${String(i).padStart(4, '0')}`,
      at,
      entity: 'case',
      entityId: 'case-0001',
      label: '+7 912 345-67-89',
      action: 'updated'
    }))
    const v2 = { schemaVersion: 2, cases: [], accounts: [], people: [], proofs: [], history }
    await writeFile(join(dir, STORE_FILE), JSON.stringify(v2))

    const core = await openCore(dir, undefined, { historyTail: 10 })
    const listed = await must(core, 'listHistory', { limit: 1000 })
    expect(listed.map((e) => e.id)).toEqual(history.map((e) => e.id).reverse())
    const stored = await storeFile(dir)
    expect(stored.history).toHaveLength(5)
    expect(stored.historySegments).toHaveLength(1)
    const snapshots = await readdir(join(dir, 'snapshots'))
    expect(snapshots.filter((n) => n.endsWith('-pre-migration.json'))).toHaveLength(1)
  })

  it('opens as usual when a segment is gone, says which, and shows the rest of the history', async () => {
    const { dir, all } = await closedBusyFolder({ mode: 'electron' })
    const [first] = (await storeFile(dir)).historySegments
    const gone = await idsIn(dir, first!)
    await rm(join(dir, 'history', first!))

    const reopened = await openCore(dir, undefined, { ...small, mode: 'electron' })
    const info = await must(reopened, 'getAppInfo', {})
    expect(info.recovery).toBeNull()
    expect(info.notices).toEqual([
      {
        kind: 'historyUnreadable',
        path: join(dir, 'history', first!),
        reason: 'the file is missing'
      }
    ])
    expect(await must(reopened, 'listAccounts', {})).toHaveLength(6)
    expect(await must(reopened, 'listHistory', { limit: 1000 })).toEqual(
      all.filter((e) => !gone.has(e.id))
    )
    // The archive of proofs is still written, with the history that is left.
    const job = await runJob(reopened, must(reopened, 'startExport', { language: 'en' }))
    expect(job).toMatchObject({ state: 'done', result: { verified: { intact: true } } })
  })

  it('brings back the whole history from a snapshot when the store itself is torn', async () => {
    const { dir, all } = await closedBusyFolder()
    const text = await readFile(join(dir, STORE_FILE), 'utf8')
    await writeFile(join(dir, STORE_FILE), text.slice(0, text.length / 2))

    const broken = await openCore(dir, undefined, small)
    const recovery = (await must(broken, 'getAppInfo', {})).recovery
    const daily = recovery?.snapshots.find((s) => s.reason === 'daily')
    if (!daily) throw new Error('no daily snapshot offered')
    await must(broken, 'recoverFromSnapshot', { name: daily.name })
    expect(await must(broken, 'listHistory', { limit: 1000 })).toEqual(all)
  })

  it('says so when a segment is damaged, and shows the rest of the history', async () => {
    const { dir, all } = await closedBusyFolder()
    const [first] = (await storeFile(dir)).historySegments
    const gone = await idsIn(dir, first!)
    await writeFile(join(dir, 'history', first!), '[{"id": "not an event"}]')

    const reopened = await openCore(dir, undefined, small)
    expect((await must(reopened, 'getAppInfo', {})).notices).toEqual([])
    expect(await must(reopened, 'listHistory', { limit: 1000 })).toEqual(
      all.filter((e) => !gone.has(e.id))
    )
    expect((await must(reopened, 'getAppInfo', {})).notices).toEqual([
      {
        kind: 'historyUnreadable',
        path: join(dir, 'history', first!),
        reason: 'its content is not valid history'
      }
    ])
    expect(await must(reopened, 'listAccounts', {})).toHaveLength(6)
  })

  it('exports the whole history, and a restore into another folder brings it all back', async () => {
    const dir = await tempDir()
    const source = await openCore(join(dir, 'a'), undefined, { ...small, mode: 'electron' })
    await busyCase(source)
    const all = await must(source, 'listHistory', { limit: 1000 })
    const job = await runJob(source, must(source, 'startExport', { language: 'en' }))
    if (job.kind !== 'export' || !job.result) throw new Error('no export result')
    const manifest = JSON.parse((await entryOf(job.result.path, 'manifest.json')).toString('utf8'))
    expect(manifest.records.history).toHaveLength(all.length)

    const target = await openCore(join(dir, 'b'), undefined, { ...small, mode: 'electron' })
    const own = await must(target, 'createCase', { number: '+79001234567', carrier: 'beeline' })
    await must(target, 'createAccount', {
      caseId: own.id,
      name: 'Already here',
      category: 'social'
    })
    const restored = await runJob(
      target,
      must(target, 'startRestore', { source: { path: job.result.path }, mode: 'merge' })
    )
    expect(restored).toMatchObject({ state: 'done' })
    const merged = await must(target, 'listHistory', { limit: 1000 })
    expect(merged.length).toBe(all.length + 2)
    for (const event of all) expect(merged).toContainEqual(event)
    expect((await storeFile(join(dir, 'b'))).history.length).toBeLessThanOrEqual(4)
  })

  it('deletes at close the segments nothing names any more, and keeps those a snapshot names', async () => {
    const dir = await tempDir()
    const source = await openCore(join(dir, 'a'), undefined, { ...small, mode: 'electron' })
    await busyCase(source)
    const job = await runJob(source, must(source, 'startExport', { language: 'en' }))
    if (job.kind !== 'export' || !job.result) throw new Error('no export result')

    const data = join(dir, 'b')
    const target = await openCore(data, undefined, { ...small, mode: 'electron' })
    await busyCase(target)
    const replaced = await readdir(join(data, 'history'))
    await runJob(
      target,
      must(target, 'startRestore', { source: { path: job.result.path }, mode: 'merge' })
    )
    const all = await must(target, 'listHistory', { limit: 1000 })
    await closeCore(target)
    // The snapshot taken before the restore still names the segments it replaced.
    expect(await readdir(join(data, 'history'))).toEqual(expect.arrayContaining(replaced))

    // Weeks later that snapshot has gone; a save that never happened left a segment too.
    for (const name of await readdir(join(data, 'snapshots')))
      if (name.endsWith('-pre-restore.json')) await rm(join(data, 'snapshots', name))
    const stray = 'segment-20261101T100000Z-0123456789ab.json'
    await writeFile(join(data, 'history', stray), '[]')
    await closeCore(await openCore(data, undefined, small))

    const left = (await readdir(join(data, 'history'))).sort()
    expect(left).toEqual([...(await storeFile(data)).historySegments].sort())
    for (const name of [...replaced, stray]) expect(left).not.toContain(name)
    const reopened = await openCore(data, undefined, small)
    expect(await must(reopened, 'listHistory', { limit: 1000 })).toEqual(all)
  })
})
