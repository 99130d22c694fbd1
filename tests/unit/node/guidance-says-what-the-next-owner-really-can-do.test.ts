import { describe, expect, it } from 'vitest'
import { appKnowledge } from '../../../src/core/knowledge/knowledge'

const knowledge = appKnowledge()
const stranger = (id: string) => knowledge.service.get(id)!.playbook!.stranger
const LANGUAGES = ['en', 'ru', 'zh-CN'] as const

describe('what the next owner of the number can do', () => {
  it('WhatsApp: a PIN only delays them by 7 days; Change number or deleting the account protects', () => {
    const facts = stranger('whatsapp')
    const pin = facts.find((f) => f.id === 'pinDelay')!
    expect(pin.text.en).toMatch(/7 days/)
    expect(pin.text.ru).toMatch(/7 дней/)
    expect(pin.text['zh-CN']).toMatch(/7天/)
    expect(pin.sources.some((s) => s.url.startsWith('https://faq.whatsapp.com/'))).toBe(true)
    const protect = facts.find((f) => f.id === 'protect')!
    expect(protect.text.en).toMatch(/Change number/)
    expect(protect.text.en).toMatch(/delet/)
  })

  it('Telegram: with a cloud password and no recovery e-mail, a reset deletes the account after 7 days and they get it empty', () => {
    const reset = stranger('telegram').find((f) => f.id === 'reset')!
    expect(reset.text.en).toMatch(/7 days/)
    expect(reset.text.en).toMatch(/empty account/)
    expect(reset.sources.map((s) => s.url)).toContain(
      'https://core.telegram.org/api/account-deletion'
    )
  })

  it('no messenger advice says a password or PIN stops them', () => {
    const kind = knowledge.kinds.get('messenger')!
    const texts = [
      ...kind.route.map((r) => r.text),
      ...kind.stranger.map((r) => r.text),
      ...Object.values(kind.steps).flatMap((s) => [s.cancelled, s.possiblyReassigned])
    ]
    for (const t of texts) {
      expect(t.en).not.toMatch(
        /stops re-registration|cannot register|can register the account again/
      )
      expect(t.ru).not.toMatch(/не дадут заново зарегистрировать/)
    }
    const stop = kind.stranger.find((s) => s.id === 'stop')!
    for (const language of LANGUAGES) expect(stop.text[language].length).toBeGreaterThan(0)
    expect(stop.text.en).toMatch(/only buys time/)
  })

  it('Yandex: they can reset the password with the number, not only unlink it', () => {
    const reset = stranger('yandex-id').find((f) => f.id === 'reset')!
    expect(reset.text.en).toMatch(/reset your password/)
    expect(reset.sources.every((s) => s.kind === 'official')).toBe(true)
  })

  it('Gosuslugi: codes in Max are a second factor only; a password reset still goes by SMS to the number', () => {
    const reset = stranger('gosuslugi').find((f) => f.id === 'reset-by-sms')!
    expect(reset.text.en).toMatch(/restoring access/)
    expect(reset.text.ru).toMatch(/восстановления доступа/)
    expect(reset.sources.every((s) => s.kind === 'news' && s.date === '2025-08-20')).toBe(true)
  })
})
