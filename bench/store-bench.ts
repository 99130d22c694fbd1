import { mkdtemp, open, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { syncFolder } from '../src/main/core/store/durable-text-file'
import { STORE_FILE } from '../src/main/core/store/open-store'
import { STORE_VERSION, type StoreData } from '../src/main/core/store/schema'
import { UnlinkerCore } from '../src/main/core/unlinker-core'
import { paired, timeIt } from './measure'

const CATEGORIES = ['bank', 'social', 'messenger', 'government', 'email', 'marketplace'] as const

/** A store at the scale of a power user: 10,000 accounts and 100,000 history events. */
export function bigStore(accounts: number, events: number): StoreData {
  const at = '2026-11-01T10:00:00.000Z'
  const caseId = 'case-bench-000001'
  const data: StoreData = {
    schemaVersion: STORE_VERSION,
    cases: [
      {
        id: caseId,
        number: '+79161234567',
        country: 'RU',
        carrier: 'mts',
        cancellationDate: '2026-11-01',
        reference: '',
        channel: 'store',
        status: 'confirmed',
        notes: '',
        checklist: { passport: true, sim: true, contract: true, address: true, balance: true },
        reassignDays: null,
        keepProofsUntil: null,
        createdAt: at,
        updatedAt: at
      }
    ],
    accounts: [],
    people: [],
    proofs: [],
    history: []
  }
  for (let i = 0; i < accounts; i++) {
    data.accounts.push({
      id: `account-${String(i).padStart(8, '0')}`,
      name: `Service ${i}`,
      category: CATEGORIES[i % CATEGORIES.length]!,
      usages: ['login', 'sms2fa'],
      settingsUrl: `https://service-${i}.example/settings`,
      notes: 'Uses the old number for SMS codes and account recovery.',
      status: 'todo',
      caseId,
      catalogId: null,
      playbook: 'generic',
      replacement: null,
      ticked: [],
      customSteps: [],
      createdAt: at,
      updatedAt: at
    })
  }
  for (let i = 0; i < events; i++) {
    data.history.push({
      id: `event-${String(i).padStart(10, '0')}`,
      at,
      entity: 'account',
      entityId: `account-${String(i % accounts).padStart(8, '0')}`,
      label: `Service ${i % accounts}`,
      action: 'updated',
      changes: { status: { from: 'todo', to: 'inProgress' } }
    })
  }
  return data
}

async function plainDurableWrite(path: string, text: string): Promise<void> {
  const temp = `${path}.baseline.tmp`
  const file = await open(temp, 'w')
  await file.writeFile(text)
  await file.sync()
  await file.close()
  await rename(temp, path)
  await syncFolder(join(path, '..'))
}

export async function storeBench(): Promise<Record<string, number>> {
  const dir = await mkdtemp(join(tmpdir(), 'unlinker-bench-store-'))
  try {
    const data = bigStore(10_000, 100_000)
    const text = JSON.stringify(data)
    await writeFile(join(dir, STORE_FILE), text)

    let core: UnlinkerCore | null = null
    const openMs = await timeIt(async () => {
      core = await UnlinkerCore.open({ dataDir: dir, mode: 'web', version: 'bench' })
    })
    const opened = core as unknown as UnlinkerCore
    const ids = data.accounts.map((a) => a.id)

    let i = 0
    const write = await paired(
      15,
      () => plainDurableWrite(join(dir, 'baseline.json'), JSON.stringify(data)),
      async () => {
        const result = await opened.call('updateAccount', {
          id: ids[i++]!,
          patch: { notes: `note ${i}` }
        })
        if (!result.ok) throw new Error(result.error.message)
      }
    )

    const before = opened.storeFile.writes
    const marked = await opened.call('setAccountStatus', {
      ids: ids.slice(0, 500),
      status: 'unlinked'
    })
    if (!marked.ok) throw new Error(marked.error.message)
    const bulkWrites = opened.storeFile.writes - before
    await opened.close()

    return {
      store_write_ratio_10k: write.ratio,
      store_write_ms_10k: write.subjectMs,
      store_write_baseline_ms_10k: write.baselineMs,
      store_bytes_10k: Buffer.byteLength(text),
      store_open_ms_10k: openMs,
      bulk_mark_500_writes: bulkWrites
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
