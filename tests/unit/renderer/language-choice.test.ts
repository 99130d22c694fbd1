import { describe, expect, it } from 'vitest'
import en from '../../../locales/en.json'
import { i18n, initialLocale, setLocale } from '../../../src/renderer/src/i18n'

describe('the language', () => {
  it('follows a saved choice, else the system, else English', () => {
    expect(initialLocale('ru', 'en-US')).toBe('ru')
    expect(initialLocale(null, 'zh-Hans-CN')).toBe('zh-CN')
    expect(initialLocale(null, 'ru-RU')).toBe('ru')
    expect(initialLocale(null, 'de-DE')).toBe('en')
    expect(initialLocale('klingon', 'fr')).toBe('en')
  })

  it('is remembered when switched, and a missing translation falls back to English', () => {
    setLocale('ru')
    expect(localStorage.getItem('unlinker.locale')).toBe('ru')
    expect(document.documentElement.lang).toBe('ru')
    expect(i18n.global.t('accounts.title')).toBe(
      (i18n.global.getLocaleMessage('ru') as { accounts?: { title?: string } }).accounts?.title ??
        en.accounts.title
    )
    setLocale('en')
  })
})
