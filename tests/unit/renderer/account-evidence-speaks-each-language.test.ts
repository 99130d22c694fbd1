import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { afterAll, describe, expect, it } from 'vitest'
import AccountEvidence from '../../../src/renderer/src/components/accounts/AccountEvidence.vue'
import { i18n, setLocale } from '../../../src/renderer/src/i18n'
import { useCasesStore } from '../../../src/renderer/src/stores/cases'
import type { AccountEvidence as Evidence } from '../../../src/shared/domain/account-evidence'
import type { CaseView } from '../../../src/shared/domain/case'

const BOTH: Evidence = {
  sms: {
    messages: 30,
    codes: 23,
    adverts: 0,
    first: '2024-03-02',
    last: '2025-11-12',
    senders: ['Tinkoff', 'TINKOFF']
  },
  passwords: { logins: 2, oldNumber: true }
}

let pinia: Pinia = createPinia()

function lines(evidence: Evidence): string[] {
  const wrapper = mount(AccountEvidence, {
    props: { evidence },
    global: { plugins: [i18n, pinia] }
  })
  const text = wrapper.findAll('li').map((li) => li.text())
  wrapper.unmount()
  return text
}

describe('the evidence on an account', () => {
  afterAll(() => setLocale('en'))

  it('says how many codes the service sent and when, and what the password export held', async () => {
    await setLocale('en')
    expect(lines(BOTH)).toEqual([
      'sent 23 codes to the old number, last on Nov 12, 2025 · first on Mar 2, 2024 · from Tinkoff, TINKOFF',
      '2 saved logins in a password export · signs in with the old number'
    ])
    expect(
      lines({
        sms: {
          messages: 1,
          codes: 0,
          adverts: 0,
          first: '2025-11-11',
          last: '2025-11-11',
          senders: []
        }
      })
    ).toEqual(['sent 1 message to the old number, last on Nov 11, 2025'])
    expect(lines({ passwords: { logins: 1, oldNumber: false } })).toEqual([
      '1 saved login in a password export'
    ])
  })

  it('speaks Russian with its plural forms, and a date ending in «г.» gets no second period', async () => {
    await setLocale('ru')
    const [sms, passwords] = lines(BOTH)
    expect(sms).toBe(
      'прислал 23 кода на старый номер, последний — 12 нояб. 2025 г. · первое — 2 мар. 2024 г. · от Tinkoff, TINKOFF'
    )
    expect(sms).not.toMatch(/\.\./)
    expect(passwords).toBe('2 сохранённых входа в выгрузке паролей · логин — старый номер')
    expect(lines({ passwords: { logins: 5, oldNumber: false } })).toEqual([
      '5 сохранённых входов в выгрузке паролей'
    ])
  })

  it('speaks Chinese', async () => {
    await setLocale('zh-CN')
    expect(lines(BOTH)).toEqual([
      '向旧号码发送了 23 条验证码，最近一次在 2025年11月12日 · 最早一次在 2024年3月2日 · 发件人：Tinkoff, TINKOFF',
      '密码导出文件中有 2 条已保存的登录 · 用旧号码登录'
    ])
  })

  it('names the number the evidence came from, wherever the account is now', async () => {
    pinia = createPinia()
    setActivePinia(pinia)
    const number = (id: string, e164: string, display: string): CaseView =>
      ({ id, number: e164, display, carrier: '', replacementDisplay: '' }) as CaseView
    useCasesStore().cases = [
      number('ru', '+79371234567', '+7 937 123 45 67'),
      number('cn', '+8613912345678', '+86 139 1234 5678')
    ]
    const onCn: Evidence = {
      sms: {
        messages: 3,
        codes: 2,
        adverts: 0,
        first: '2025-05-15',
        last: '2025-06-04',
        senders: ['【支付宝】'],
        numbers: ['+8613912345678']
      },
      passwords: { logins: 1, oldNumber: true, numbers: ['+8613912345678'] }
    }
    await setLocale('en')
    expect(lines(onCn)).toEqual([
      'sent 2 codes to +86 139 1234 5678, last on Jun 4, 2025 · first on May 15, 2025 · from 【支付宝】',
      '1 saved login in a password export · signs in with +86 139 1234 5678'
    ])
    await setLocale('ru')
    expect(lines(onCn)[0]).toBe(
      'прислал 2 кода на +86 139 1234 5678, последний — 4 июн. 2025 г. · первое — 15 мая 2025 г. · от 【支付宝】'
    )
    await setLocale('zh-CN')
    expect(lines(onCn)).toEqual([
      '向 +86 139 1234 5678 发送了 2 条验证码，最近一次在 2025年6月4日 · 最早一次在 2025年5月15日 · 发件人：【支付宝】',
      '密码导出文件中有 1 条已保存的登录 · 用 +86 139 1234 5678 登录'
    ])
    // A number since removed from the list is still named, as stored.
    useCasesStore().cases = [
      number('ru', '+79371234567', '+7 937 123 45 67'),
      number('kz', '+77011234567', '+7 701 123 45 67')
    ]
    await setLocale('en')
    expect(
      lines({ passwords: { logins: 1, oldNumber: true, numbers: ['+8613912345678'] } })
    ).toEqual(['1 saved login in a password export · signs in with +8613912345678'])
    // With one number there is nothing to tell apart: "the old number", as before.
    useCasesStore().cases = [number('cn', '+8613912345678', '+86 139 1234 5678')]
    expect(lines(onCn)[1]).toBe('1 saved login in a password export · signs in with the old number')
  })
})
