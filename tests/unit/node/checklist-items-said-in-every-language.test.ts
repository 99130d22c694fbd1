import { describe, expect, it } from 'vitest'
import en from '../../../locales/en.json'
import ru from '../../../locales/ru.json'
import zhCN from '../../../locales/zh-CN.json'
import { CHECKLIST_ITEMS, PROOF_ITEMS } from '../../../src/shared/domain/case'

const LANGUAGES = { en, ru, 'zh-CN': zhCN }

describe('the store and online checklists', () => {
  it('name every item in English, Russian and Chinese, each in its own words', () => {
    for (const item of CHECKLIST_ITEMS) {
      const said = Object.entries(LANGUAGES).map(([lang, m]) => {
        const text = (m.checklist as Record<string, unknown>)[item]
        expect(typeof text, `${lang} checklist.${item}`).toBe('string')
        expect((text as string).trim(), `${lang} checklist.${item}`).not.toBe('')
        return text
      })
      expect(new Set(said).size, item).toBe(3)
    }
  })

  it('offer to attach the agreement and the receipt as proofs, in every language', () => {
    for (const [lang, m] of Object.entries(LANGUAGES))
      for (const kind of Object.values(PROOF_ITEMS))
        expect(m.checklist.attachButton[kind], `${lang} ${kind}`).toBeTruthy()
    expect(PROOF_ITEMS).toEqual({ agreement: 'agreement', receipt: 'receipt' })
  })
})
