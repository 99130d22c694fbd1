import { describe, expect, it } from 'vitest'
import { reminderTexts } from '../../../src/core/calendar/reminder-events'
import type { StoreData } from '../../../src/core/store/schema'
import type { Reminder } from '../../../src/shared/domain/reminders'

const data = {
  cases: [{ id: 'case-000001', number: '+79123456789', carrier: 't2' }]
} as unknown as StoreData
const dayNinety: Reminder = {
  id: 'contractEnds-case-000001-2026-12-16',
  kind: 'contractEnds',
  caseId: 'case-000001',
  date: '2026-12-16',
  about: '2026-12-30'
}

describe('the reminder before day 90 without use', () => {
  it('says the contract may end on day 90, and that a paid call, SMS or data counts, a top-up alone maybe not', () => {
    const en = reminderTexts(data, dayNinety, 'en')
    expect(en.title).toContain('may end on December 30, 2026')
    expect(en.body).toMatch(/paid call, send a paid SMS or use mobile data/)
    expect(en.body).toMatch(/top-up alone may not count/)
    expect(en.body).not.toMatch(/or top it up/)

    const ru = reminderTexts(data, dayNinety, 'ru')
    expect(ru.title).toContain('может прекратиться 30 декабря 2026')
    expect(ru.body).toMatch(
      /платный звонок, отправьте платное SMS или воспользуйтесь мобильным интернетом/
    )
    expect(ru.body).toMatch(/пополнение баланса может не засчитаться/)

    const zh = reminderTexts(data, dayNinety, 'zh-CN')
    expect(zh.title).toContain('可能于2026年12月30日终止')
    expect(zh.body).toMatch(/付费电话、发一条付费短信或使用移动数据/)
    expect(zh.body).toMatch(/仅充值可能不算使用/)
  })
})
