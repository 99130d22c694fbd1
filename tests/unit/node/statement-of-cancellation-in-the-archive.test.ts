import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { STORE_FILE } from '../../../src/core/store/open-store'
import { STORE_VERSION } from '../../../src/core/store/schema'
import { describe, expect, it } from 'vitest'
import { readEntries, writeZip } from '../../support/crafted-archives'
import { closeCore, must, openCore, runJob } from '../../support/open-core'
import { writeProofFiles } from '../../support/proof-files'
import { tempDir } from '../../support/temp-dir'

const desktop = { mode: 'electron' as const }
const sha = (data: Buffer): string => createHash('sha256').update(data).digest('hex')

async function exported(country: 'RU' | 'CN', number: string, language: string, holderName = '') {
  const dir = await tempDir()
  const core = await openCore(join(dir, 'data'), () => new Date('2026-12-07T09:00:00Z'), desktop)
  const files = await writeProofFiles(dir)
  const c = await must(core, 'createCase', {
    number,
    country,
    carrier: country === 'RU' ? 'mts' : 'China Mobile',
    channel: 'store',
    status: 'confirmed',
    cancellationDate: '2026-11-02',
    reference: 'R-77',
    holderName
  })
  const [sber] = await must(core, 'addFromCatalog', { caseId: c.id, catalogIds: ['sber'] })
  await must(core, 'setAccountStatus', { ids: [sber!.id], status: 'unlinked' })
  const proof = await must(core, 'attachProof', {
    ownerType: 'case',
    ownerId: c.id,
    kind: 'agreement',
    source: { path: files.pdf }
  })
  const job = await runJob(core, must(core, 'startExport', { language }))
  if (job.kind !== 'export' || !job.result) throw new Error('no export')
  const entries = await readEntries(job.result.path)
  const text = (name: string) => entries.find((e) => e.name === name)!.data.toString('utf8')
  return { dir, core, c, proof, path: job.result.path, entries, text }
}

describe('the statement of cancellation in the archive', () => {
  it('is listed in the manifest and SHA256SUMS, in the app’s language and the number’s country’s side by side', async () => {
    const { c, proof, entries, text } = await exported('RU', '+79123456789', 'en', 'Анна Петрова')
    const name = 'statement-79123456789.html'
    const file = entries.find((e) => e.name === name)!
    const manifest = JSON.parse(text('manifest.json'))
    expect(manifest.statements).toEqual([
      { caseId: c.id, path: name, sha256: sha(file.data), languages: ['en', 'ru'] }
    ])
    expect(text('SHA256SUMS')).toContain(`${sha(file.data)}  ${name}\n`)

    const html = file.data.toString('utf8')
    expect(html.match(/<td lang="en">/g)?.length).toBe(html.match(/<td lang="ru">/g)?.length)
    for (const words of [
      'Statement of cancellation of a mobile number',
      'Заявление о расторжении договора на номер мобильного телефона',
      'with MTS was ended on Nov 2, 2026',
      'с оператором МТС расторгнут 2 ноября 2026',
      'Анна Петрова',
      // The service by its name in each language.
      '<td lang="en">Sber (Sberbank) <span class="on">unlinked Dec 7, 2026',
      '<td lang="ru">Сбер <span class="on">отвязан 7 декабря 2026',
      'R-77'
    ])
      expect(html).toContain(words)
    // The hash in each language's column, the file by its place in the archive.
    expect(html.split(proof.sha256).length - 1).toBe(2)
    expect(html).toContain('proofs/79123456789/agreement-2026-11-02-')
    expect(html).not.toMatch(/<script/i)
  })

  it('has one column when the app speaks the country’s language, and Chinese beside English for a Chinese number', async () => {
    const ru = await exported('RU', '+79123456789', 'ru')
    expect(JSON.parse(ru.text('manifest.json')).statements[0].languages).toEqual(['ru'])
    const html = ru.text('statement-79123456789.html')
    expect(html).not.toContain('<td lang="en">')
    // No name given: a line to write it on.
    expect(html).toMatch(/data-fact="holder"><span class="blank"><\/span>/)

    const cn = await exported('CN', '+8613812345678', 'en')
    expect(JSON.parse(cn.text('manifest.json')).statements[0].languages).toEqual(['en', 'zh-CN'])
    expect(cn.text('statement-8613812345678.html')).toContain('手机号码注销声明')
  })

  it('an altered statement fails the check, as any other file would', async () => {
    const { dir, core, entries } = await exported('RU', '+79123456789', 'en')
    const changed = entries.map((e) =>
      e.name.startsWith('statement-')
        ? { ...e, data: Buffer.from(e.data.toString('utf8').replace('R-77', 'R-78')) }
        : e
    )
    const bad = join(dir, 'altered.zip')
    await writeZip(bad, changed)
    const job = await runJob(core, must(core, 'startVerify', { source: { path: bad } }))
    expect(job).toMatchObject({
      state: 'done',
      result: { intact: false, altered: ['statement-79123456789.html'] }
    })
  })

  it('is the same document in the app’s print view', async () => {
    const { core, c } = await exported('RU', '+79123456789', 'zh-CN', 'Anna')
    const statement = await must(core, 'getStatement', { caseId: c.id, language: 'zh-CN' })
    expect(statement.columns.map((col) => col.language)).toEqual(['zh-CN', 'ru'])
    expect(statement.header).toBe('手机号码注销声明 · +7 912 345 67 89 · Anna')
    expect(statement.columns[0]?.accounts).toEqual([
      { name: '俄罗斯联邦储蓄银行', on: '2026年12月7日 解绑' }
    ])
    expect(
      await core.call('getStatement', { caseId: 'no-such-case', language: 'en' })
    ).toMatchObject({ ok: false, error: { code: 'notFound' } })
  })

  it('a store from before holder names opens with none, and the name typed later is kept', async () => {
    const dir = await tempDir()
    const first = await openCore(dir)
    const c = await must(first, 'createCase', { number: '+79123456789', carrier: 'mts' })
    await closeCore(first)
    const path = join(dir, STORE_FILE)
    const stored = JSON.parse(await readFile(path, 'utf8'))
    for (const number of stored.cases) delete number.holderName
    await writeFile(path, JSON.stringify({ ...stored, schemaVersion: 8 }))

    const core = await openCore(dir)
    expect((await must(core, 'listCases', {}))[0]?.holderName).toBe('')
    await must(core, 'updateCase', { id: c.id, patch: { holderName: '  Anna Petrova ' } })
    const saved = JSON.parse(await readFile(path, 'utf8'))
    expect(saved.schemaVersion).toBe(STORE_VERSION)
    expect(saved.cases[0].holderName).toBe('Anna Petrova')
  })
})
