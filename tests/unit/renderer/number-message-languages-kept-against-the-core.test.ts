import { flushPromises, mount } from '@vue/test-utils'
import { NMessageProvider } from 'naive-ui'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import type { UnlinkerCore } from '../../../src/core/unlinker-core'
import { i18n, setLocale } from '../../../src/renderer/src/i18n'
import { join } from 'node:path'
import { coreBehind, installPreloadApi } from '../../support/core-behind-the-renderer'
import { closeCore, must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

vi.mock('vue-router', () => ({ useRouter: () => ({ push: vi.fn() }) }))

let useCasesStore: typeof import('../../../src/renderer/src/stores/cases').useCasesStore
let NewNumberMessage: typeof import('../../../src/renderer/src/components/people/NewNumberMessage.vue').default

beforeAll(async () => {
  installPreloadApi()
  ;({ useCasesStore } = await import('../../../src/renderer/src/stores/cases'))
  NewNumberMessage = (
    await import('../../../src/renderer/src/components/people/NewNumberMessage.vue')
  ).default
})

/** The core on a data folder behind the renderer, with fresh stores: as the app starts. */
async function start(dir: string): Promise<UnlinkerCore> {
  const core = await openCore(dir, undefined, { mode: 'electron', kdf: { N: 1024, r: 8, p: 1 } })
  coreBehind.core = core
  setActivePinia(createPinia())
  return core
}

let dir: string
let core: UnlinkerCore
beforeEach(async () => {
  dir = join(await tempDir(), 'data')
  localStorage.clear()
  core = await start(dir)
})
afterEach(() => setLocale('en'))

type Wrapper = ReturnType<typeof mount>
const textOf = (wrapper: Wrapper): string =>
  (wrapper.find('textarea').element as HTMLTextAreaElement).value
const ticked = (wrapper: Wrapper): string[] =>
  wrapper
    .findAll('[data-language]')
    .filter((box) => box.attributes('aria-checked') === 'true')
    .map((box) => box.attributes('data-language')!)

/** The People page's card for the selected number, as the cases store holds it. */
async function showMessage(): Promise<Wrapper> {
  const cases = useCasesStore()
  await cases.load()
  const Host = defineComponent(
    () => () =>
      h(NMessageProvider, null, {
        default: () => h(NewNumberMessage, { value: cases.selected, done: 0, total: 1 })
      })
  )
  const wrapper = mount(Host, { global: { plugins: [i18n] } })
  // A language's messages are fetched when first needed: the text comes once they are.
  await vi.waitFor(() => expect(textOf(wrapper)).not.toBe(''), { timeout: 5000 })
  return wrapper
}

describe('the languages ticked for a number’s message', () => {
  it('are kept with the number: after a restart the message is still in both', async () => {
    await setLocale('zh-CN')
    const c = await must(core, 'createCase', {
      number: '+79123456789',
      replacementNumber: '+447911123456'
    })
    const first = await showMessage()
    // None chosen: the language of the number's country.
    expect(ticked(first)).toEqual(['ru'])
    await first.find('[data-language="zh-CN"]').trigger('click')
    await vi.waitFor(() => expect(textOf(first)).toContain('你好'))
    const both = textOf(first)
    expect(both.split('\n\n')).toEqual([
      expect.stringMatching(/^Привет!/),
      expect.stringMatching(/^你好！/)
    ])
    // A third language is refused: two at most, and nothing is sent for it.
    const sent = coreBehind.sent.length
    await first.find('[data-language="en"]').trigger('click')
    await flushPromises()
    expect(textOf(first)).toBe(both)
    expect(coreBehind.sent.length).toBe(sent)
    first.unmount()

    await closeCore(core)
    core = await start(dir)
    expect(
      (await must(core, 'listCases', {})).find((x) => x.id === c.id)?.messageLanguages
    ).toEqual(['ru', 'zh-CN'])
    const again = await showMessage()
    expect(ticked(again)).toEqual(['ru', 'zh-CN'])
    expect(textOf(again)).toBe(both)

    // Unticking back to one language is kept too.
    await again.find('[data-language="ru"]').trigger('click')
    await vi.waitFor(() => expect(textOf(again)).toMatch(/^你好！/))
    expect((await must(core, 'listCases', {}))[0]!.messageLanguages).toEqual(['zh-CN'])
    again.unmount()
  })

  it('can be edited before copying, and put back as written', async () => {
    await setLocale('zh-CN')
    const writeText = vi.fn().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    await must(core, 'createCase', { number: '+79123456789', replacementNumber: '+447911123456' })
    const wrapper = await showMessage()
    const written = textOf(wrapper)
    await wrapper.find('textarea').setValue('Маме: мой новый номер +44 7911 123456')
    const copy = wrapper.findAll('button').find((b) => b.text() === '复制消息')!
    await copy.trigger('click')
    expect(writeText).toHaveBeenCalledWith('Маме: мой новый номер +44 7911 123456')
    const reset = wrapper.findAll('button').find((b) => b.text() === '恢复原文')!
    await reset.trigger('click')
    expect(textOf(wrapper)).toBe(written)
    wrapper.unmount()
  })
})
