import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { appCatalog } from '../../../src/core/catalog/catalog'
import { pieces, readSmsExport } from '../../../src/core/discover/sms/read-sms-export'
import { withEditedManifest } from '../../support/crafted-archives'
import { closeCore, must, openCore, runJob } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

const NOW = () => new Date('2026-12-01T09:00:00Z')
const desktop = { mode: 'electron' as const }

/** Every derived view of the dates a user meets: none may fail on a stored date. */
async function datesStillWork(core: Awaited<ReturnType<typeof openCore>>): Promise<void> {
  await must(core, 'listReminders', {})
  for (const language of ['en', 'ru', 'zh-CN']) {
    await must(core, 'getCalendar', { language })
    await must(core, 'pendingNotifications', { language })
  }
}

describe('dates', () => {
  it('are refused at input outside 1900–2200, and accepted at both ends', async () => {
    const core = await openCore(await tempDir(), NOW)
    const base = { number: '+79123456789', status: 'confirmed' as const }
    for (const date of ['9999-12-31', '1899-12-31', '2201-01-01', '0001-01-01']) {
      const refused = await core.call('createCase', { ...base, cancellationDate: date })
      expect(refused.ok, date).toBe(false)
      if (!refused.ok) {
        expect(refused.error.code).toBe('invalidInput')
        expect(refused.error.fields?.cancellationDate).toBe('must be a date from 1900 to 2200')
      }
    }
    const c = await must(core, 'createCase', { ...base, cancellationDate: '2200-12-31' })
    await must(core, 'updateCase', { id: c.id, patch: { lastUseDate: '1900-01-01' } })
    const later = await core.call('updateCase', {
      id: c.id,
      patch: { keepProofsUntil: '9999-12-31' }
    })
    expect(later.ok).toBe(false)
    const person = await core.call('createPerson', {
      caseId: c.id,
      name: 'Мама',
      status: 'notified',
      notifiedOn: '9999-12-31'
    })
    expect(person.ok).toBe(false)
    await datesStillWork(core)
  })

  it('outside the range in a restored archive read as none, and reminders still work', async () => {
    const dir = await tempDir()
    const source = await openCore(join(dir, 'a'), NOW, desktop)
    const c = await must(source, 'createCase', {
      number: '+79123456789',
      status: 'confirmed',
      cancellationDate: '2026-11-01'
    })
    await must(source, 'createPerson', { caseId: c.id, name: 'Мама' })
    const job = await runJob(source, must(source, 'startExport', { language: 'en' }))
    if (job.kind !== 'export' || !job.result) throw new Error('no export')
    const crafted = join(dir, 'crafted.zip')
    await withEditedManifest(job.result.path, crafted, (manifest) => {
      const records = manifest.records as {
        cases: Array<Record<string, unknown>>
        people: Array<Record<string, unknown>>
      }
      Object.assign(records.cases[0]!, {
        cancellationDate: '9999-12-31',
        lastUseDate: '9999-12-30',
        keepProofsUntil: '0001-01-01'
      })
      Object.assign(records.people[0]!, { status: 'notified', notifiedOn: '9999-12-31' })
    })

    const target = await openCore(join(dir, 'b'), NOW, desktop)
    const restored = await runJob(
      target,
      must(target, 'startRestore', { source: { path: crafted }, mode: 'replace' })
    )
    expect(restored).toMatchObject({ state: 'done', result: { cases: 1, people: 1 } })
    const [back] = await must(target, 'listCases', {})
    expect(back).toMatchObject({ cancellationDate: null, lastUseDate: null, keepProofsUntil: null })
    const [person] = await must(target, 'listPeople', {})
    expect(person?.notifiedOn).toBeNull()
    await datesStillWork(target)
  })

  it('outside the range in a store written before the bound read as none, not as a broken store', async () => {
    const dir = await tempDir()
    const first = await openCore(dir, NOW)
    await must(first, 'createCase', {
      number: '+79123456789',
      status: 'confirmed',
      cancellationDate: '2026-11-01'
    })
    await closeCore(first)
    const path = join(dir, 'unlinker.json')
    const store = JSON.parse(await readFile(path, 'utf8'))
    store.cases[0].cancellationDate = '9999-12-31'
    await writeFile(path, JSON.stringify(store))

    const core = await openCore(dir, NOW)
    expect((await must(core, 'getAppInfo', {})).recovery).toBeNull()
    const [c] = await must(core, 'listCases', {})
    expect(c?.cancellationDate).toBeNull()
    await datesStillWork(core)
  })

  it('of messages outside the range count as undated, and the import still answers', async () => {
    const day = Date.UTC(2025, 10, 12)
    const xml = `<?xml version="1.0"?><smses count="3">
<sms address="OZON" date="${day}" type="1" body="Заказ доставлен" />
<sms address="OZON" date="1e20" type="1" body="Заказ доставлен" />
<sms address="OZON" date="${Date.UTC(9999, 11, 31)}" type="1" body="Заказ доставлен" />
<sms address="Tinkoff" date="253402300800001" type="1" body="Код 4821" />
</smses>`
    const found = await readSmsExport(
      'android-xml',
      pieces(new TextEncoder().encode(xml), () => undefined),
      appCatalog(),
      [],
      []
    )
    const ozon = found.candidates.find((c) => c.sms?.senders.includes('OZON'))
    expect(ozon?.sms).toMatchObject({ messages: 3, first: '2025-11-12', last: '2025-11-12' })
    const tinkoff = found.candidates.find((c) => c.sms?.senders.includes('Tinkoff'))
    expect(tinkoff?.sms).toMatchObject({ messages: 1, first: null, last: null })
  })
})
