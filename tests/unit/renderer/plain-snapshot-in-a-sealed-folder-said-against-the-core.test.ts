import { mount } from '@vue/test-utils'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { NMessageProvider } from 'naive-ui'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defineComponent, h, type Component } from 'vue'
import en from '../../../locales/en.json'
import ru from '../../../locales/ru.json'
import zhCN from '../../../locales/zh-CN.json'
import { i18n, setLocale } from '../../../src/renderer/src/i18n'
import { freshCoreBehind, installPreloadApi } from '../../support/core-behind-the-renderer'
import { closeCore, must } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

const PASS = 'correct horse battery'
let StartupNotices: Component
let useAppStore: typeof import('../../../src/renderer/src/stores/app').useAppStore

beforeAll(async () => {
  installPreloadApi()
  StartupNotices = (await import('../../../src/renderer/src/components/layout/StartupNotices.vue'))
    .default
  ;({ useAppStore } = await import('../../../src/renderer/src/stores/app'))
})
afterAll(() => setLocale('en'))

describe('a plain snapshot dropped into an encrypted data folder', () => {
  it('is named on screen in the app language, as not encrypted and not used', async () => {
    const data = join(await tempDir(), 'data')
    const sealing = await freshCoreBehind(data)
    await must(sealing, 'loadExampleData', {})
    await must(sealing, 'enableEncryption', { passphrase: PASS })
    await closeCore(sealing)
    const dropped = join(data, 'snapshots', 'unlinker-2020-01-01T00-00-00-000Z-daily.json')
    await writeFile(dropped, '{"schemaVersion":1}')
    const core = await freshCoreBehind(data)
    await must(core, 'unlock', { passphrase: PASS })
    const app = useAppStore()
    await app.load()

    for (const [language, messages] of [
      ['en', en],
      ['ru', ru],
      ['zh-CN', zhCN]
    ] as const) {
      await setLocale(language)
      const wrapper = mount(
        defineComponent(
          () => () => h(NMessageProvider, null, { default: () => h(StartupNotices) })
        ),
        { global: { plugins: [i18n] } }
      )
      const text = wrapper.text()
      expect(text).toContain(messages.notice.snapshotNotSealedTitle)
      expect(text).toContain(messages.notice.snapshotNotSealedBody)
      expect(text).toContain(messages.notice.snapshotNotSealedReason)
      expect(text).toContain(dropped)
      wrapper.unmount()
    }
  })
})
