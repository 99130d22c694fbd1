import { describe, expect, it } from 'vitest'
import { appCatalog } from '../../../src/core/catalog/catalog'
import { smsSenders } from '../../../src/core/catalog/service-signals'
import { pieces, readSmsExport } from '../../../src/core/discover/sms/read-sms-export'
import { androidSmsXmlOf } from '../../support/sms-exports'

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

function discover(messages: ReadonlyArray<readonly [string, string]>) {
  return readSmsExport(
    'android-xml',
    pieces(bytes(androidSmsXmlOf(messages)), () => undefined),
    appCatalog(),
    [],
    []
  )
}

describe('the senders the knowledge base names', () => {
  it('gives every sender the pages that say the service sends from it', () => {
    const senders = smsSenders()
    for (const s of senders) expect(s.sources.length, s.sender).toBeGreaterThan(0)
    const of = (sender: string) =>
      senders.filter((s) => s.sender === sender).map((s) => s.catalogId)
    expect(of('900')).toEqual(['sber'])
    expect(of('95588')).toEqual(['icbc'])
    expect(of('3131')).toEqual(['humo'])
    expect(of('1414')).toEqual(['egov-kz'])
    expect(of('腾讯科技').sort()).toEqual(['qq', 'wechat'])
  })

  it("reads Sber's 900 and the big Chinese signatures as their services", async () => {
    const found = await discover([
      ['900', 'Вход в СберБанк Онлайн. Код: 51372. Никому его не сообщайте'],
      ['900', 'MIR-4411 12:03 Покупка 640р PYATEROCHKA Баланс: 12 380р'],
      ['95588', '【工商银行】您尾号0123卡12月3日支出人民币85.00元'],
      ['1069095599', '您尾号4455账户转入人民币2,000.00元【中国农业银行】'],
      ['106900001234', '【闲鱼】验证码 402177，用于登录，5分钟内有效'],
      ['3131', 'HUMO: kod 583920. Hech kimga bermang'],
      ['1414', 'eGov: код для входа 719204']
    ])
    const ids = found.candidates.map((c) => c.catalogId).sort()
    expect(ids).toEqual(['abc', 'egov-kz', 'humo', 'icbc', 'sber', 'xianyu'])
    const sber = found.candidates.find((c) => c.catalogId === 'sber')!
    expect(sber.sms).toMatchObject({ messages: 2, codes: 1, senders: ['900'] })
    expect(found.sms?.unknownSenders).toEqual([])
  })

  it('follows the text for 【腾讯科技】: WeChat when it names WeChat, QQ when it names QQ', async () => {
    const found = await discover([
      ['1069070069', '【腾讯科技】验证码：552310，此短信仅用于微信登录安全验证，请勿转发。'],
      ['1069070069', '【腾讯科技】你正在使用微信支付，验证码 118204，请勿泄露。'],
      ['10690700367', '【腾讯科技】您的QQ号57******2正在登录验证，验证码 903311。'],
      // Read in English, the signature comes in plain brackets.
      ['1069070069', '[WeChat] Your Weixin verification code is 660871'],
      ['10690700367', '[Tencent Technology] QQ 57******2 login verification code: 318026'],
      // A link to weixin.qq.com names WeChat, not QQ.
      ['1069070069', '【腾讯科技】微信安全提醒，详情见 https://weixin.qq.com/']
    ])
    const by = (id: string) => found.candidates.find((c) => c.catalogId === id)
    expect(by('wechat')?.sms).toMatchObject({ messages: 4, codes: 3 })
    expect(by('qq')?.sms).toMatchObject({ messages: 2, codes: 2 })
    expect(found.sms?.unknownSenders).toEqual([])
  })

  it('asks which service a 【腾讯科技】 message was for when it names neither or both', async () => {
    const found = await discover([
      ['1069070069', '【腾讯科技】验证码 771905，10分钟内有效。'],
      ['1069070069', '【腾讯科技】你的QQ和微信已完成安全检查。']
    ])
    expect(found.candidates).toEqual([])
    const asked = found.sms!.unknownSenders
    expect(asked).toHaveLength(1)
    expect(asked[0]).toMatchObject({ sender: '1069070069 【腾讯科技】', messages: 2, codes: 1 })
    expect(asked[0]!.maybe?.map((m) => m.catalogId).sort()).toEqual(['qq', 'wechat'])
  })
})
