import { describe, expect, it } from 'vitest'
import { looksLikeOneTimeCode } from '../../../src/core/discover/sms/one-time-code'

describe('one-time code detection', () => {
  it.each([
    ['ru', 'Код для входа: 482913. Никому не сообщайте его.'],
    ['ru', 'Никому не говорите код 7391'],
    ['ru', 'Ваш пароль 551208 для подтверждения операции'],
    ['ru', 'Код подтверждения 123-456 действует 5 минут'],
    ['zh', '【微信】验证码：318845，用于登录，5分钟内有效。'],
    ['zh', '【支付宝】校验码90412，请勿泄露。'],
    ['zh', '您的动态密码为 20918374，切勿告诉他人'],
    ['en', 'Your verification code is 482913. Do not share it.'],
    ['en', 'G-482913 is your Google verification code.'],
    ['en', 'Use 7391 as your login code for Booking.com'],
    ['en', 'Your OTP: 90412']
  ])('%s: counts "%s"', (_language, body) => {
    expect(looksLikeOneTimeCode(body)).toBe(true)
  })

  it.each([
    ['ru', 'Покупка 4500 руб. Код не сообщайте никому'],
    ['ru', 'Покупка 1 500 ₽, карта *1234. Никому не сообщайте коды из SMS'],
    ['ru', 'Код региона изменён 12.11.2025'],
    ['ru', 'Ваш код клиента — звоните 8 800 555-35-35'],
    ['ru', 'Код доступа действует до 2026 г.'],
    ['ru', 'Перевод 2490р. Код не нужен'],
    ['zh', '验证码服务费用 2500元 已扣除'],
    ['zh', '您尾号1234的卡收到验证码请求'],
    ['zh', '验证码将于2025年11月12日过期'],
    ['zh', '如未收到验证码请拨打 +86 139 1234 5678'],
    ['en', 'Your order 12345678 has shipped. Track it online.'],
    ['en', 'Payment of $1250 received. Never share your code.'],
    ['en', 'Code valid until 10:30 on 12/11/2025'],
    ['en', 'Call +7 912 345 6789 if you did not request a code'],
    ['en', 'Balance: 3500 USD. Your code was not used.'],
    ['en', 'Meeting at 1430, see you there'],
    // Loyalty points beside a code word: an amount of bonuses, not a code.
    ['ru', 'Начислено 1500 бонусов. Код из SMS никому не сообщайте'],
    ['ru', 'Вам начислено 2000 баллов. Код подтверждения не нужен'],
    ['zh', '【淘宝】您获得2000积分，验证码请勿告诉他人'],
    ['en', 'You earned 1500 bonus points. Never share your code'],
    ['en', 'You earned 2500 points. Never share your code']
  ])('%s: does not count "%s"', (_language, body) => {
    expect(looksLikeOneTimeCode(body)).toBe(false)
  })
})
