import { flushPromises, mount } from '@vue/test-utils'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { i18n, setLocale } from '../../../src/renderer/src/i18n'
import { freshCoreBehind, installPreloadApi } from '../../support/core-behind-the-renderer'
import { must } from '../../support/open-core'

type HistoryListComponent =
  typeof import('../../../src/renderer/src/components/history/HistoryList.vue')
let HistoryList: HistoryListComponent['default']

beforeAll(async () => {
  installPreloadApi()
  ;({ default: HistoryList } =
    await import('../../../src/renderer/src/components/history/HistoryList.vue'))
})

describe('Activity', () => {
  it('names a catalog service in the app’s language, even once its account is deleted', async () => {
    const core = await freshCoreBehind()
    const c = await must(core, 'createCase', { number: '+79123456789' })
    const [railway] = await must(core, 'addFromCatalog', { caseId: c.id, catalogIds: ['12306'] })
    await must(core, 'deleteAccount', { id: railway!.id })
    const events = (await must(core, 'listHistory', {})).filter((e) => e.entity === 'account')
    expect(events.map((e) => e.label)).toEqual(['China Railway 12306', 'China Railway 12306'])

    await setLocale('zh-CN')
    const wrapper = mount(HistoryList, {
      props: { events, showLabel: true },
      global: { plugins: [i18n] }
    })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.text()).toContain('铁路12306')
    })
    expect(wrapper.text()).not.toContain('China Railway')
    wrapper.unmount()
  })
})
