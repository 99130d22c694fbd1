import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { closeCore, must, openCore, runJob } from '../../support/open-core'
import { unpackTo } from '../../support/crafted-archives'
import { tempDir } from '../../support/temp-dir'

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  'Сбер\u202Egnp.exe',
  'a\u0000b',
  '\u0007bell\u001b[31mred',
  '🏦💳 банк 银行',
  "'); DROP TABLE accounts; --",
  '{{constructor.constructor("alert(1)")()}}'
]

describe('hostile text', () => {
  it('is stored exactly, survives a restart, and appears only as text in report.html', async () => {
    const dir = await tempDir()
    const data = join(dir, 'data')
    const core = await openCore(data)
    const c = await must(core, 'createCase', { number: '+79123456789' })
    for (const name of HOSTILE)
      await must(core, 'createAccount', { name, notes: name, caseId: c.id })
    await must(core, 'createPerson', { name: HOSTILE[0]!, contact: HOSTILE[1]!, caseId: c.id })
    await closeCore(core)

    const again = await openCore(data)
    const names = (await must(again, 'listAccounts', {})).map((a) => a.name)
    // Names are trimmed; everything inside them is kept as typed.
    expect(names).toEqual(HOSTILE.map((n) => n.trim()))
    const job = await runJob(again, must(again, 'startExport', { language: 'en' }))
    if (job.kind !== 'export' || !job.result) throw new Error('export failed')
    const out = join(dir, 'unpacked')
    await unpackTo(job.result.path, out)
    const report = await readFile(join(out, 'report.html'), 'utf8')
    expect(report).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(report).not.toContain('<img')
    expect(report).not.toMatch(/<script/i)
    expect(report).toContain("default-src 'none'")
  })

  it('of a megabyte is refused with the field named, and nothing is written', async () => {
    const dir = await tempDir()
    const core = await openCore(join(dir, 'data'))
    const before = await readFile(join(dir, 'data', 'unlinker.json'), 'utf8')
    const huge = 'я'.repeat(1024 * 1024)
    const result = await core.call('createAccount', { name: 'Sber', notes: huge })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalidInput', fields: { notes: expect.any(String) } }
    })
    const named = await core.call('createAccount', { name: huge })
    expect(named).toMatchObject({
      ok: false,
      error: { code: 'invalidInput', fields: { name: expect.any(String) } }
    })
    expect(await readFile(join(dir, 'data', 'unlinker.json'), 'utf8')).toBe(before)
  })
})
