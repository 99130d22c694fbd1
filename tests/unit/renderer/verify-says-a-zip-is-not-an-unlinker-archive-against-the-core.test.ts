import { join } from 'node:path'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import en from '../../../locales/en.json'
import ru from '../../../locales/ru.json'
import zhCN from '../../../locales/zh-CN.json'
import VerifyResult from '../../../src/renderer/src/components/archive/VerifyResult.vue'
import { localiseError } from '../../../src/renderer/src/api/error-text'
import { i18n, setLocale } from '../../../src/renderer/src/i18n'
import type { VerifyReport } from '../../../src/shared/archive/manifest'
import { readEntries, writeZip } from '../../support/crafted-archives'
import { must, openCore, runJob } from '../../support/open-core'
import { writeProofFiles } from '../../support/proof-files'
import { tempDir } from '../../support/temp-dir'

const LANGUAGES = [
  ['en', en],
  ['ru', ru],
  ['zh-CN', zhCN]
] as const

async function shown(report: VerifyReport) {
  const wrapper = mount(VerifyResult, { props: { report }, global: { plugins: [i18n] } })
  await nextTick()
  return wrapper
}

describe('checking a zip Unlinker did not write', { timeout: 60_000 }, () => {
  it('says it is not an Unlinker archive, in English, Russian and Chinese, and restores nothing', async () => {
    const dir = await tempDir()
    const core = await openCore(join(dir, 'data'), undefined, { mode: 'electron' })
    const photos = join(dir, 'holiday-photos.zip')
    await writeZip(photos, [
      { name: 'IMG_0001.jpg', data: Buffer.from('a photo') },
      { name: 'notes.txt', data: Buffer.from('a zip of someone else’s') }
    ])
    const job = await runJob(core, must(core, 'startVerify', { source: { path: photos } }))
    if (job.kind !== 'verify' || !job.result) throw new Error('no report')
    expect(job.result).toMatchObject({ intact: false, notArchive: true })

    for (const [locale, messages] of LANGUAGES) {
      await setLocale(locale)
      const wrapper = await shown(job.result)
      const alert = wrapper.find('[data-verify="not-archive"]')
      expect(alert.exists(), locale).toBe(true)
      expect(alert.text()).toContain(messages.archive.notArchiveTitle)
      expect(alert.text()).toContain(messages.archive.notArchiveBody)
      // No list of the zip's own files as "not listed", and no English under it.
      expect(wrapper.find('[data-verify="broken"]').exists()).toBe(false)
      if (locale !== 'en') expect(alert.text()).not.toMatch(/\b(missing|not listed|manifest is)\b/)
    }

    // Restoring it changes nothing and says why, in the app's language.
    const restore = await runJob(
      core,
      must(core, 'startRestore', { source: { path: photos }, mode: 'merge' })
    )
    expect(restore.state).toBe('failed')
    expect(restore.error?.reason?.key).toBe('notAnArchive')
    await setLocale('ru')
    expect(localiseError(restore.error!).message).toBe(ru.refusals.notAnArchive)
  })

  it('keeps calling a damaged archive of ours damaged, each problem in the app’s language', async () => {
    const dir = await tempDir()
    const core = await openCore(join(dir, 'data'), undefined, { mode: 'electron' })
    const files = await writeProofFiles(dir)
    const c = await must(core, 'createCase', { number: '+79123456789', carrier: 'mts' })
    await must(core, 'attachProof', {
      ownerType: 'case',
      ownerId: c.id,
      kind: 'receipt',
      source: { path: files.png }
    })
    const exported = await runJob(core, must(core, 'startExport', { language: 'en' }))
    if (exported.kind !== 'export' || !exported.result) throw new Error('no export')
    // The manifest no longer parses, but SHA256SUMS still lists it: ours, and damaged.
    const entries = await readEntries(exported.result.path)
    for (const entry of entries)
      if (entry.name === 'manifest.json') entry.data = Buffer.from('{ not json')
    const damaged = join(dir, 'damaged.zip')
    await writeZip(damaged, entries)
    const job = await runJob(core, must(core, 'startVerify', { source: { path: damaged } }))
    if (job.kind !== 'verify' || !job.result) throw new Error('no report')
    expect(job.result).toMatchObject({ intact: false, notArchive: false })
    expect(job.result.problems).toContain('manifestNotJson')
    await setLocale('zh-CN')
    const wrapper = await shown(job.result)
    expect(wrapper.find('[data-verify="broken"]').text()).toContain(
      zhCN.archive.problem.manifestNotJson
    )
  })
})
