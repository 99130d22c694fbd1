import { describe, expect, it } from 'vitest'
import { appCatalog } from '../../../src/core/catalog/catalog'
import { messageKind } from '../../../src/core/discover/sms/message-kind'
import { pieces, readSmsExport } from '../../../src/core/discover/sms/read-sms-export'
import { isLikely, planImport } from '../../../src/shared/domain/import-plan'
import { androidSmsXmlOf } from '../../support/sms-exports'

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

async function discover(messages: ReadonlyArray<readonly [string, string]>) {
  const found = await readSmsExport(
    'android-xml',
    pieces(bytes(androidSmsXmlOf(messages)), () => undefined),
    appCatalog(),
    [{ id: 'case-1', number: '+79123456789', country: 'RU' }],
    []
  )
  const plan = planImport(found, { caseId: 'case-1', sims: {} })
  return (id: string) => plan.candidates.find((c) => c.catalogId === id)
}

describe('advertisements in the old number’s messages', () => {
  it.each([
    ['ru', 'Скидки до 50% на всё! Только сегодня в OZON'],
    ['ru', 'Вам предварительно одобрен кредит до 300 000 ₽. Оформите в приложении'],
    ['ru', 'На вашем бонусном счёте 1 250 баллов. Потратьте до 30.11'],
    ['ru', 'Промокод WINTER на бесплатную доставку'],
    ['zh', '【淘宝】双11狂欢，全场低至5折！回T退订'],
    ['zh', '【美团】送你10元红包，限时领取。拒收请回复R'],
    ['zh', '【京东】您有300积分即将到期，快来兑换好礼'],
    ['en', 'Black Friday SALE: 40% off everything. Reply STOP to opt out'],
    ['en', 'You have 500 bonus points waiting. Use them before Dec 31'],
    ['en', 'Use promo code SPRING for a special offer on your next ride']
  ])('%s: "%s" is an advertisement', (_language, body) => {
    expect(messageKind(body)).toBe('advert')
  })

  it.each([
    ['ru', 'Заказ 12345678 доставлен в пункт выдачи'],
    ['ru', 'Вход в Т-Банк с нового устройства. Если это не вы, позвоните 8 800 555-77-78'],
    ['ru', 'Куплены акции SBER, 10 шт. по 300 ₽'],
    ['zh', '【支付宝】您尾号1234的账户支出人民币2500.00元'],
    ['zh', '【顺丰速运】您的快递已到达，请及时领取'],
    ['en', 'Your Booking.com reservation 4021 is confirmed'],
    ['en', 'A new sign-in to your account from Chrome on Windows']
  ])('%s: "%s" is an account notice', (_language, body) => {
    expect(messageKind(body)).toBe('notice')
  })

  it('counts a code as a code even in a text that advertises', () => {
    expect(messageKind('Код для входа: 482913. Скидка 10% на первый заказ!')).toBe('code')
    expect(messageKind('【淘宝】验证码318845，用于登录。回T退订')).toBe('code')
  })

  it('leaves a service unticked when all it sent were advertisements, in any language', async () => {
    const by = await discover([
      ['OZON', 'Скидки до 50% на всё! Только сегодня'],
      ['OZON', 'Промокод WINTER на бесплатную доставку'],
      ['10690000001', '【淘宝】双11狂欢，全场低至5折！回T退订'],
      ['Booking.com', 'Summer SALE: 30% off your next stay. Reply STOP to opt out'],
      // A notice is enough to tick a service.
      ['Tinkoff', 'Покупка 4 500 ₽, карта *1234'],
      ['10690000999', '您尾号1234的账户支出人民币2500.00元【支付宝】']
    ])
    for (const id of ['ozon', 'taobao', 'booking']) {
      const c = by(id)
      expect(c, id).toBeDefined()
      expect(c!.sms!.adverts, id).toBe(c!.sms!.messages)
      expect(isLikely(c!), id).toBe(false)
      // An advertisement adds no usage to what the catalog knows of the service.
      expect(c!.usages, id).toEqual(c!.roles)
    }
    for (const id of ['t-bank', 'alipay']) {
      expect(isLikely(by(id)!), id).toBe(true)
      expect(by(id)!.usages, id).toContain('notifications')
    }
  })
})
