import { mount } from '@vue/test-utils'
import { afterAll, describe, expect, it } from 'vitest'
import { cancellationGuide } from '../../../src/core/knowledge/cancellation-guide'
import { appKnowledge } from '../../../src/core/knowledge/knowledge'
import AlternativesCard from '../../../src/renderer/src/components/cases/AlternativesCard.vue'
import StateChecksCard from '../../../src/renderer/src/components/cases/StateChecksCard.vue'
import { i18n, setLocale } from '../../../src/renderer/src/i18n'

const knowledge = appKnowledge()
const guide = (country: string, carrier: string, language: string) =>
  cancellationGuide(knowledge, { country, carrier, language })

function stateChecks(simWorks: boolean, language: string): string {
  const wrapper = mount(StateChecksCard, {
    props: { guide: guide('CN', '', language), simWorks },
    global: { plugins: [i18n] }
  })
  const text = wrapper.text()
  wrapper.unmount()
  return text
}

describe('the cancellation page as the core answers it', () => {
  afterAll(() => setLocale('en'))

  it('offers 一证通查 (its answer comes by SMS to the number) only while the SIM works', async () => {
    for (const language of ['en', 'ru', 'zh-CN'] as const) {
      await setLocale(language)
      expect(stateChecks(true, language)).toContain('一证通查 2.0')
      const gone = stateChecks(false, language)
      expect(gone).not.toContain('一证通查 2.0')
      // What still helps once the number is gone stays: the next owner's unbinding service.
      expect(gone).toContain('二次')
    }
  })

  it("shows a MegaFon user MegaFon's facts, and MTS's apart, under MTS's name", async () => {
    await setLocale('en')
    const wrapper = mount(AlternativesCard, {
      props: { guide: guide('RU', 'megafon', 'en'), carrier: 'MegaFon' },
      global: { plugins: [i18n] }
    })
    const suspend = wrapper.find('[data-alternative="suspend"]')
    const other = suspend.find('[data-other-carrier="mts"]')
    expect(other.exists()).toBe(true)
    expect(other.text()).toContain('Another carrier, MTS — not yours')
    // Before that block, nothing of MTS: MegaFon's own, or "nothing reliable is known".
    const before = suspend.text().split('Another carrier')[0]!
    expect(before).not.toMatch(/\bMTS\b/)
    expect(before).toContain('For MegaFon: nothing reliable is known.')
    wrapper.unmount()
  })
})
