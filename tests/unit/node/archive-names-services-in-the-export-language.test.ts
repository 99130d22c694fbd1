import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { centralRecords, entryOf } from '../../support/crafted-archives'
import { must, openCore, runJob } from '../../support/open-core'
import { writeProofFiles } from '../../support/proof-files'
import { tempDir } from '../../support/temp-dir'

const desktop = { mode: 'electron' as const }
const UTF8_NAMES = 1 << 11

async function exportIn(language: string) {
  const dir = await tempDir()
  const core = await openCore(join(dir, 'data'), () => new Date('2026-12-07T09:00:00Z'), desktop)
  const files = await writeProofFiles(dir)
  const c = await must(core, 'createCase', { number: '+79123456789', carrier: 'mts' })
  const [railway] = await must(core, 'addFromCatalog', { caseId: c.id, catalogIds: ['12306'] })
  const typed = await must(core, 'createAccount', {
    caseId: c.id,
    // Characters Windows forbids in a file name, and far more than 120 bytes.
    name: `Клуб "Север": <VIP>/${'очень длинное название '.repeat(6)}`
  })
  for (const account of [railway!, typed])
    await must(core, 'attachProof', {
      ownerType: 'account',
      ownerId: account.id,
      kind: 'screenshot',
      source: { path: files.png },
      documentDate: '2026-11-20'
    })
  const job = await runJob(core, must(core, 'startExport', { language }))
  if (job.kind !== 'export' || !job.result) throw new Error('no export')
  const zip = await readFile(job.result.path)
  const proofs = centralRecords(zip).filter((r) => r.name.startsWith('proofs/'))
  return { path: job.result.path, zip, proofs }
}

describe('file names in an exported archive', () => {
  it('name each service in the export’s language, as UTF-8 flagged names a Windows can create, at most 120 bytes', async () => {
    const zh = await exportIn('zh-CN')
    const names = zh.proofs.map((r) => r.name.split('/').pop()!)
    expect(names).toContain('screenshot-2026-11-20-铁路12306-收据.png')
    const typed = names.find((n) => n.includes('Клуб'))!
    expect(typed.startsWith('screenshot-2026-11-20-Клуб _Север__ _VIP__очень')).toBe(true)
    expect(typed).not.toMatch(/[<>:"/\\|?*]/)
    expect(typed.endsWith('.png')).toBe(true)
    expect(Buffer.byteLength(typed)).toBeLessThanOrEqual(120)
    for (const record of zh.proofs)
      expect(zh.zip.readUInt16LE(record.at + 8) & UTF8_NAMES, record.name).toBe(UTF8_NAMES)

    const en = await exportIn('en')
    expect(en.proofs.map((r) => r.name.split('/').pop())).toContain(
      'screenshot-2026-11-20-China Railway 12306-收据.png'
    )
    // The report names the service the same way.
    const report = (await entryOf(zh.path, 'report.html')).toString('utf8')
    expect(report).toContain('<td>铁路12306</td>')
    // A proof's kind is kept whole: a narrow column would print 截图 one character a line.
    expect(report).toContain('<td class="words">截图</td>')
    expect(report).toMatch(/\.words \{ word-break: keep-all; \}/)
  })
})
