import type { Account } from '../../src/shared/domain/account'
import type { CaseView } from '../../src/shared/domain/case'
import type { Person } from '../../src/shared/domain/person'
import { callFromPage, expect, test } from './web-app'

// One story on a busy machine: a dozen records written, four screens looked at.
test.describe.configure({ timeout: 120_000 })

/** A local calendar date some days from today, as the app counts. */
function dayFromToday(days: number): string {
  const date = new Date()
  date.setDate(date.getDate() + days)
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** A date as the Chinese screen writes it (the 'short' format: 2026年12月28日). */
function zhDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

test('a Chinese student plans to cancel her Russian number in three weeks: the plan, the warning, the reminders and the message', async ({
  page,
  app
}) => {
  const cancelOn = dayFromToday(21)
  const leaveOn = dayFromToday(18)
  await page.goto(app.url)
  await callFromPage(page, 'setPreferences', { language: 'zh-CN' })
  const ru = await callFromPage<CaseView>(page, 'createCase', {
    number: '+7 912 345-67-89',
    country: 'RU',
    carrier: 'mts',
    status: 'planned',
    cancellationDate: cancelOn,
    departureDate: leaveOn,
    replacementNumber: '+86 139 1234 5678'
  })
  const added = await callFromPage<Account[]>(page, 'addFromCatalog', {
    caseId: ru.id,
    catalogIds: ['bilibili', 'netflix', 'steam', 't-bank', 'gosuslugi', 'google', 'wechat']
  })
  const netflix = added.find((a) => a.catalogId === 'netflix')!
  // Her roommate's Netflix: the number only recovers it.
  await callFromPage(page, 'updateAccount', {
    id: netflix.id,
    patch: { usages: ['recovery'], phoneCodes: 'no' }
  })
  await callFromPage<Person>(page, 'createPerson', { caseId: ru.id, name: 'Маша' })
  await callFromPage<Person>(page, 'createPerson', {
    caseId: ru.id,
    name: '王芳',
    messageLanguages: ['zh-CN']
  })
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')

  // The banner: what cancelling on the planned day would lock her out of, by name.
  const banner = page.locator('[data-phase="planning"]')
  const warning = banner.locator('[data-warning="locked-out"]')
  await expect(warning).toContainText(`如果在${zhDay(cancelOn)}注销，你将无法登录：`)
  await expect(warning).toContainText('微信')
  await expect(warning).not.toContainText('网飞')

  // The plan: what unlocks other accounts first (WeChat signs others in and holds money),
  // then money, state services, the rest; Bilibili far below WeChat.
  const plan = page.locator('[data-card="plan"]')
  await expect(plan.locator('[data-group]').first()).toHaveAttribute('data-group', 'unlocksOthers')
  const order = await plan
    .locator('[data-plan-item]')
    .evaluateAll((items) => items.map((i) => i.getAttribute('data-plan-item')))
  expect(order.indexOf('wechat')).toBeLessThan(order.indexOf('t-bank'))
  expect(order.indexOf('wechat')).toBeLessThan(order.indexOf('bilibili'))
  expect(order.slice(0, 3).sort()).toEqual(['google', 'gosuslugi', 'wechat'])
  expect(order.slice(-3).sort()).toEqual(['bilibili', 'netflix', 'steam'])
  const wechat = plan.locator('[data-plan-item="wechat"]')
  await expect(wechat).toContainText('极高')
  await expect(plan.locator('[data-plan-item="netflix"]')).toContainText('高')
  await expect(plan.locator('[data-plan-item="netflix"]')).not.toContainText('极高')
  // Each item says why, in the account page's words: Netflix only recovers through the
  // number; WeChat holds money and signs her in elsewhere.
  await expect(plan.locator('[data-plan-item="netflix"] [data-plan-reasons]')).toHaveText(
    '原因：可通过这个号码找回'
  )
  const wechatWhy = wechat.locator('[data-plan-reasons]')
  await expect(wechatWhy).toContainText(/^原因：.+、涉及资金、可用它登录其他服务$/)
  await expect(plan.locator('[data-plan-reasons]')).toHaveCount(order.length)
  // Gosuslugi's SIM list and the credit self-ban, dated before the cancellation.
  await expect(plan.getByText('在 Gosuslugi 查看“Сим-карты”列表，注销不认识的号码')).toBeVisible()
  await expect(plan.getByText(/设置贷款自我禁令/)).toBeVisible()
  // Each source reads apart, by its site and its day: three articles of one paper are
  // not three identical links.
  const sources = await plan
    .locator('[data-action] a.source')
    .evaluateAll((links) => links.map((a) => a.textContent?.trim() ?? ''))
  expect(sources.length).toBeGreaterThan(2)
  expect(new Set(sources).size).toBe(sources.length)
  for (const source of sources) expect(source).toMatch(/^来源：\S+，\d{4}年\d{1,2}月\d{1,2}日$/)

  // The reminders: start-by days, the departure and the cancellation day, in Chinese.
  const reminders = page.locator('[data-card="reminders"]')
  await expect(reminders.locator('[data-reminder="startBy"]').first()).toContainText('最晚')
  await expect(reminders.locator('[data-reminder="departure"]')).toContainText(
    `你将于${zhDay(leaveOn)}出境`
  )
  await expect(reminders.locator('[data-reminder="cancellationDay"]')).toContainText(
    `计划注销日：${zhDay(cancelOn)}`
  )
  await expect(reminders).not.toContainText('分配给别人')
  await page.screenshot({ path: 'test-results/screens/plan-walk-dashboard-zh.png', fullPage: true })

  // Marking the number cancelled with critical accounts left asks first; keeping it planned
  // changes nothing.
  await page.getByRole('button', { name: '编辑号码' }).click()
  const form = page.getByRole('dialog')
  await form.getByLabel('注销状态').first().click()
  await page.locator('.n-base-select-option').getByText('已提交', { exact: true }).click()
  await form.getByRole('button', { name: '保存' }).click()
  const confirm = page.getByRole('dialog').filter({ hasText: '标记为已注销？' })
  await expect(confirm).toContainText('极高风险账户在用+7 912 345 67 89')
  await expect(confirm).toContainText('微信')
  await page.screenshot({ path: 'test-results/screens/plan-walk-confirm-zh.png' })
  await confirm.getByRole('button', { name: '仍保持计划中' }).click()
  await expect(confirm).toBeHidden()
  await form.getByRole('button', { name: '取消' }).click()
  const [stillPlanned] = await callFromPage<CaseView[]>(page, 'listCases', {})
  expect(stillPlanned!.status).toBe('planned')

  // The message: it works until the planned day, each person in their language.
  await page.getByRole('link', { name: '联系人', exact: true }).click()
  const masha = page.locator('[data-person="Маша"]')
  await masha.getByRole('button', { name: '给Маша的消息' }).click()
  const mashaText = masha.locator('[data-message="new-number"]')
  await expect(mashaText).toHaveValue(
    /^Привет! У меня новый номер телефона: \+86 139 1234 5678\. Старый, \+7 912 345 67 89, работает до /
  )
  const fang = page.locator('[data-person="王芳"]')
  await fang.getByRole('button', { name: '给王芳的消息' }).click()
  const fangText = fang.locator('[data-message="new-number"]')
  await expect(fangText).toHaveValue(
    `你好！我换了新手机号：+86 139 1234 5678。旧号码 +7 912 345 67 89 用到${zhDay(cancelOn)}，之后就不再归我，请保存新号码，从现在起用新号码联系我。`
  )
  // Maša reads both: Russian and Chinese, kept for her.
  await masha.locator('[data-language="zh-CN"]').click()
  await expect(mashaText).toHaveValue(/работает до .*\n\n你好！/s)
  await expect
    .poll(async () => {
      const people = await callFromPage<Person[]>(page, 'listPeople', {})
      return people.find((p) => p.name === 'Маша')?.messageLanguages
    })
    .toEqual(['ru', 'zh-CN'])
  await expect(page.locator('body')).not.toContainText('已停用')
  await expect(page.locator('body')).not.toContainText('больше не работает')
  await page.screenshot({ path: 'test-results/screens/plan-walk-people-zh.png', fullPage: true })

  // The number's own message, for everyone on it: Chinese added, and still there after a
  // reload.
  const shared = page.locator('[data-card="people-message"]')
  await shared.locator('[data-language="zh-CN"]').click()
  await expect(shared.locator('[data-message="new-number"]')).toHaveValue(
    /работает до .*\n\n你好！/s
  )
  await page.reload()
  await expect(shared.locator('[data-language="zh-CN"]')).toHaveAttribute('aria-checked', 'true')
  await expect(shared.locator('[data-message="new-number"]')).toHaveValue(
    /работает до .*\n\n你好！/s
  )

  // Her Chinese number, nothing listed on it yet: the overview says so, never "0 critical".
  const cn = await callFromPage<CaseView>(page, 'createCase', {
    number: '+86 139 1234 5678',
    country: 'CN',
    status: 'planned'
  })
  await page.getByRole('link', { name: '概览', exact: true }).click()
  const overview = page.locator('[data-card="numbers-overview"]')
  await expect(overview.locator(`[data-number="${cn.id}"] [data-empty]`)).toHaveText(
    '你还没有添加任何账户。'
  )
  // The Russian number counts its critical accounts with the plan's facts (WeChat's wallet).
  await expect(overview.locator(`[data-number="${ru.id}"] td.danger`)).toHaveText('4')
})
