import { flushPromises, mount } from '@vue/test-utils'
import { randomBytes } from 'node:crypto'
import { readFile, truncate, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Component } from 'vue'
import en from '../../../locales/en.json'
import ru from '../../../locales/ru.json'
import zhCN from '../../../locales/zh-CN.json'
import { i18n, setLocale } from '../../../src/renderer/src/i18n'
import { freshCoreBehind, installPreloadApi } from '../../support/core-behind-the-renderer'
import { must, runJob } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

let PrintReportPage: Component
beforeAll(async () => {
  installPreloadApi()
  PrintReportPage = (await import('../../../src/renderer/src/pages/PrintReportPage.vue')).default
})
afterAll(() => setLocale('en'))

/** A number with four proofs: one whole, one gone from the vault, one cut short, one altered. */
async function vaultWithDamage() {
  const dir = await tempDir()
  const data = join(dir, 'data')
  const core = await freshCoreBehind(data)
  const c = await must(core, 'createCase', { number: '+79123456789' })
  const proofs = []
  for (const name of ['whole.pdf', 'gone.jpg', 'cut.pdf', 'flipped.png']) {
    const file = join(dir, name)
    await writeFile(file, randomBytes(20_000))
    proofs.push(
      await must(core, 'attachProof', {
        ownerType: 'case',
        ownerId: c.id,
        kind: 'other',
        source: { path: file }
      })
    )
  }
  return { core, data, proofs }
}

const LANGUAGES = [
  ['en', en],
  ['ru', ru],
  ['zh-CN', zhCN]
] as const

describe('the print view of the report', () => {
  it('names each proof an export would leave out, and why, in each language, as the archive does', async () => {
    const { core, data, proofs } = await vaultWithDamage()
    const vault = join(data, 'vault')
    const [whole, gone, cut, flipped] = proofs
    await unlink(join(vault, gone!.sha256))
    await truncate(join(vault, cut!.sha256), 1000)
    const bytes = await readFile(join(vault, flipped!.sha256))
    bytes[bytes.length - 100]! ^= 0x01
    await writeFile(join(vault, flipped!.sha256), bytes)

    for (const [language, messages] of LANGUAGES) {
      await setLocale(language)
      const page = mount(PrintReportPage, { global: { plugins: [i18n] } })
      const section = await vi.waitFor(() => {
        const found = page.find('[data-left-out]')
        if (!found.exists()) throw new Error('no left-out section yet')
        return found
      })
      await flushPromises()
      const items = section.findAll('[data-left-out-proof]')
      expect(items.map((i) => i.attributes('data-left-out-proof')).sort()).toEqual(
        [gone!.id, cut!.id, flipped!.id].sort()
      )
      const said = (id: string) =>
        items.find((i) => i.attributes('data-left-out-proof') === id)!.text()
      const colon = language === 'zh-CN' ? '：' : ': '
      expect(said(gone!.id)).toBe(`gone.jpg${colon}${messages.report.leftOut.missing}`)
      expect(said(cut!.id)).toBe(`cut.pdf${colon}${messages.report.leftOut.damaged}`)
      expect(said(flipped!.id)).toBe(`flipped.png${colon}${messages.report.leftOut.damaged}`)
      expect(section.text()).toContain(messages.report.leftOutPrintBody)
      expect(section.find('h2').text()).toBe(
        {
          en: '3 proofs would be left out of an export',
          ru: '3 документа не войдут в архив при экспорте',
          'zh-CN': '有 3 份凭证不会包含在导出的归档中'
        }[language]
      )
      // The whole proof is not named among them, and every proof stays in the report's table.
      expect(section.text()).not.toContain('whole.pdf')
      expect(page.text()).toContain('whole.pdf')
      page.unmount()
    }

    // An export now leaves out exactly these.
    const job = await runJob(core, must(core, 'startExport', { language: 'en' }))
    if (job.kind !== 'export' || !job.result) throw new Error('no export')
    expect(job.result.leftOut.map((l) => l.proofId).sort()).toEqual(
      [gone!.id, cut!.id, flipped!.id].sort()
    )
    void whole
  })

  it('says nothing of left-out proofs while every file reads', async () => {
    await vaultWithDamage()
    await setLocale('en')
    const page = mount(PrintReportPage, { global: { plugins: [i18n] } })
    await vi.waitFor(() => expect(page.text()).toContain('flipped.png'))
    await flushPromises()
    expect(page.find('[data-left-out]').exists()).toBe(false)
    page.unmount()
  })
})
