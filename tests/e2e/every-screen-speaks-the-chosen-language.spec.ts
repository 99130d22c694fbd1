import type { Page } from '@playwright/test'
import { enUS as enUSDates } from 'date-fns/locale/en-US'
import enUSNaive from 'naive-ui/lib/locales/common/enUS.js'
import en from '../../locales/en.json'
import ru from '../../locales/ru.json'
import zhCN from '../../locales/zh-CN.json'
import { AccountFields } from '../../src/shared/domain/account'
import {
  CATEGORIES,
  PHONE_CODE_ANSWERS,
  REPLACEMENTS,
  STATUSES,
  USAGES
} from '../../src/shared/domain/account-values'
import { CaseFields } from '../../src/shared/domain/case'
import { CASE_STATUSES, CHECKLIST_ITEMS } from '../../src/shared/domain/case-values'
import { HISTORY_ACTIONS, HISTORY_ENTITIES } from '../../src/shared/domain/history-values'
import { PERSON_STATUSES, PersonFields } from '../../src/shared/domain/person'
import { PLAYBOOK_KINDS } from '../../src/shared/domain/playbook-kind'
import { PROOF_KINDS } from '../../src/shared/domain/proof-values'
import { ERROR_CODES } from '../../src/shared/result'
import { expect, test } from './web-app'

type Tree = { [key: string]: unknown }
const MESSAGES = { ru, 'zh-CN': zhCN } as const
type Language = keyof typeof MESSAGES

/** Every string leaf of a message tree under its dotted key. */
function flatten(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : value && typeof value === 'object'
        ? flatten(value as Tree, `${prefix}${key}.`)
        : []
  )
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A whole-word, case-sensitive search for any of these strings. */
function anyOf(words: readonly string[]): RegExp {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length).map(escape)
  return new RegExp(`(?<![\\p{L}\\p{N}_.-])(?:${sorted.join('|')})(?![\\p{L}\\p{N}_-])`, 'gu')
}

/** The component library's English: every text of its enUS locale (not its date formats). */
const naiveEnglish = flatten(enUSNaive as unknown as Tree)
  .filter(([key]) => key !== 'name' && !/Format$/.test(key) && !key.endsWith('firstDayOfWeek'))
  .map(([, text]) => text)
  .filter((text) => /[A-Za-z]{2,}/.test(text))

/**
 * English month and weekday names, as a date field's calendar shows them when its date
 * names do not follow the app's language (the names of the same date library it uses).
 */
type Month = Parameters<typeof enUSDates.localize.month>[0]
type Day = Parameters<typeof enUSDates.localize.day>[0]
const dateEnglish = anyOf([
  ...Array.from({ length: 12 }, (_, i) =>
    (['wide', 'abbreviated'] as const).map((width) =>
      enUSDates.localize.month(i as Month, { width })
    )
  ).flat(),
  ...Array.from({ length: 7 }, (_, i) =>
    (['wide', 'abbreviated', 'short'] as const).map((width) =>
      enUSDates.localize.day(i as Day, { width })
    )
  ).flat()
])

/** A raw message key: any real key, or any dotted name under one of the real groups. */
const keys = flatten(en).map(([key]) => key)
const groups = Object.keys(en).map(escape)
const rawKey = new RegExp(
  `${anyOf(keys).source}|(?<![\\p{L}\\p{N}_.-])(?:${groups.join('|')})\\.[A-Za-z][\\w-]*`,
  'gu'
)

/**
 * Our own English, shown where a message is missing in the chosen language: each English
 * message's literal stretches (between its placeholders) that the other language does not
 * share, long enough to be a phrase rather than a name.
 */
function englishOf(language: Language): string[] {
  const other = new Map(flatten(MESSAGES[language]))
  return flatten(en).flatMap(([key, text]) =>
    text
      .split(/\{[^}]*\}|\|/)
      .map((part) => part.trim())
      .filter((part) => part.length >= 12 && part.includes(' ') && !other.get(key)?.includes(part))
  )
}

/** The values and field names the data holds in its own words. */
const internalNames = anyOf([
  ...STATUSES,
  ...CATEGORIES,
  ...USAGES,
  ...REPLACEMENTS,
  ...PHONE_CODE_ANSWERS,
  ...PERSON_STATUSES,
  ...CASE_STATUSES,
  ...CHECKLIST_ITEMS,
  ...PROOF_KINDS,
  ...HISTORY_ACTIONS,
  ...HISTORY_ENTITIES,
  ...PLAYBOOK_KINDS,
  ...ERROR_CODES,
  'store',
  'online',
  ...Object.keys(AccountFields.shape),
  ...Object.keys(PersonFields.shape),
  ...Object.keys(CaseFields.shape)
])

/** The text a user can see or hear: text, placeholders, accessible names and tooltips. */
function screenText(page: Page): Promise<{ shown: string[]; typed: string[] }> {
  return page.evaluate(() => {
    const out: string[] = []
    const typed: string[] = []
    const skipped = (el: Element): boolean => el.closest('script, style, noscript') !== null
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      const text = node.textContent?.trim()
      if (parent && text && !skipped(parent)) out.push(text)
    }
    for (const el of document.body.querySelectorAll('[placeholder], [aria-label], [title], [alt]'))
      if (!skipped(el))
        for (const name of ['placeholder', 'aria-label', 'title', 'alt']) {
          const value = el.getAttribute(name)?.trim()
          if (value) out.push(value)
        }
    // What a text box shows (a radio button's value is never shown).
    const boxes = 'input:not([type]), input[type="text"], input[type="search"], textarea'
    for (const el of document.body.querySelectorAll<HTMLInputElement>(boxes))
      if (!skipped(el)) typed.push(el.value)
    return { shown: out, typed }
  })
}

/**
 * What the user typed and what the catalog names (the example's notes, people, services
 * and their domains), read from the data itself: names and the user's own words are not
 * the app's text, in whatever language, so they are set aside before the search.
 */
async function userWords(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const token = sessionStorage.getItem('unlinker-token') ?? ''
    const call = async (name: string, input: unknown = {}): Promise<unknown> => {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-unlinker-token': token },
        body: JSON.stringify(input)
      })
      const answer = (await response.json()) as { ok: boolean; data: unknown }
      return answer.data
    }
    type Row = Record<string, unknown>
    const accounts = (await call('listAccounts')) as Row[]
    const ids = accounts.map((a) => a.catalogId).filter((id) => typeof id === 'string')
    const entries = (await call('getCatalogEntries', { ids })) as Row[]
    const people = (await call('listPeople')) as Row[]
    const cases = (await call('listCases')) as Row[]
    const proofs = (await call('listProofs')) as Row[]
    const words: unknown[] = [
      ...accounts.flatMap((a) => [
        a.name,
        a.notes,
        a.settingsUrl,
        ...(a.customSteps as Row[]).map((s) => s.title)
      ]),
      ...entries.flatMap((e) => [e.name, ...Object.values(e.names as Row), ...(e.domains as [])]),
      ...people.flatMap((p) => [p.name, p.relation, p.contact, p.notes]),
      ...cases.flatMap((c) => [c.notes, c.reference]),
      ...proofs.flatMap((p) => [p.originalName, p.note])
    ]
    return words.filter((w): w is string => typeof w === 'string' && w.trim() !== '')
  })
}

interface Finding {
  screen: string
  text: string
  found: string[]
}

function check(
  screen: string,
  { shown, typed }: { shown: string[]; typed: string[] },
  words: string[],
  english: string[]
): Finding[] {
  const own = [...words].sort((a, b) => b.length - a.length)
  const findings: Finding[] = []
  for (const raw of [...shown, ...typed]) {
    let text = raw
    for (const word of own) text = text.split(word).join(' ')
    const found = [
      ...[...text.matchAll(anyOf(naiveEnglish))].map((m) => `library English "${m[0]}"`),
      ...[...text.matchAll(rawKey)].map((m) => `message key "${m[0]}"`),
      ...[...text.matchAll(internalNames)].map((m) => `internal name "${m[0]}"`),
      // A whole phrase of ours stays ours even around a user's word ("For example: Mum").
      ...english.filter((part) => raw.includes(part)).map((part) => `English "${part}"`)
    ]
    // A date from the data written as stored rather than as the language writes it
    // (a Chinese date field's own text is 2027-11-20, and typed text is the user's).
    if (shown.includes(raw)) {
      found.push(...[...text.matchAll(/\b\d{4}-\d{2}-\d{2}\b/g)].map((m) => `ISO date "${m[0]}"`))
      found.push(...[...text.matchAll(dateEnglish)].map((m) => `English date name "${m[0]}"`))
    }
    if (found.length) findings.push({ screen, text: raw.slice(0, 160), found })
  }
  return findings
}

function say(language: Language, key: string): string {
  const text = flatten(MESSAGES[language]).find(([k]) => k === key)?.[1]
  if (!text) throw new Error(`no message ${key} in ${language}`)
  return text
}

const NAMES: Record<Language, string> = { ru: 'Русский', 'zh-CN': '简体中文' }

// Russian in every run; Chinese, the same walk over the same screens, with the @look walks.
for (const language of ['ru', 'zh-CN'] as const)
  test(
    `every screen in ${language} shows no English of the library, no message key, no internal name`,
    {
      tag: language === 'ru' ? [] : ['@look']
    },
    async ({ page, app }) => {
      test.setTimeout(180_000)
      const base = app.url.replace(/\?.*$/, '')
      const go = (path: string): Promise<unknown> => page.goto(new URL(path, base).href)
      const m = (key: string): string => say(language, key)

      await page.goto(app.url)
      await page.getByRole('link', { name: 'Settings', exact: true }).click()
      await page.getByLabel('Language of the app').first().click()
      await page
        .locator('.n-base-select-option')
        .getByText(NAMES[language], { exact: true })
        .click()
      await expect(page.locator('html')).toHaveAttribute('lang', language)
      await go('#/dashboard')
      await page.getByRole('button', { name: m('welcome.tryExample') }).click()
      // Loading the example writes a dozen records: slow on a busy machine.
      await expect(page.locator('[data-figure="progress"]')).toBeVisible({ timeout: 30_000 })

      // Changes that the activity then lists field by field: a person told, a step done.
      await go('#/people')
      await page
        .locator('[data-person]')
        .filter({ hasText: m('personStatus.toNotify') })
        .first()
        .getByRole('button', { name: m('peopleMessage.markSent') })
        .click()
      await expect(page.locator('[data-person]').getByText(m('personStatus.toNotify'))).toHaveCount(
        0
      )

      const words = await userWords(page)
      const english = englishOf(language)
      const findings: Finding[] = []
      const scan = async (screen: string): Promise<void> => {
        // Let lazy parts and fades settle before reading.
        await page.waitForFunction(() =>
          document.getAnimations().every((a) => a.playState !== 'running')
        )
        findings.push(...check(screen, await screenText(page), words, english))
      }
      const closeDialog = async (): Promise<void> => {
        await page.keyboard.press('Escape')
        await expect(page.getByRole('dialog')).toHaveCount(0)
      }

      for (const [path, screen, heading] of [
        ['#/dashboard', 'dashboard', 'dashboard.title'],
        ['#/cancellation', 'cancellation', 'carrier.title'],
        ['#/accounts', 'accounts', 'accounts.title'],
        ['#/people', 'people', 'people.title'],
        ['#/archive', 'proofs & archive', 'archive.title'],
        ['#/activity', 'activity', 'history.activity'],
        ['#/settings', 'settings', 'settings.title']
      ] as const) {
        await go(path)
        await expect(page.getByRole('heading', { level: 1, name: m(heading) })).toBeVisible()
        await scan(screen)
      }

      await go('#/dashboard')
      await page.getByRole('button', { name: m('case.edit') }).click()
      await expect(page.getByRole('dialog')).toBeVisible()
      await scan('number form')
      // The calendar of a date field: its month and day names and its buttons.
      await page.getByRole('dialog').locator('.n-date-picker').first().click()
      await expect(page.locator('.n-date-panel')).toBeVisible()
      await scan('date picker')
      // A day is picked, not a moment: the jump button says "today" in the language.
      await expect(
        page.locator('.n-date-panel').getByRole('button', { name: m('date.today'), exact: true })
      ).toBeVisible()
      await page.keyboard.press('Escape')
      await closeDialog()

      await go('#/accounts')
      await page.locator('td a').first().click()
      await expect(page.locator('[data-proofs]')).toBeVisible()
      await page.getByRole('checkbox').first().click()
      await scan('account page')
      await page
        .getByRole('button', { name: m('common.edit'), exact: true })
        .first()
        .click()
      await expect(page.getByRole('dialog')).toBeVisible()
      await scan('account form')
      await closeDialog()

      await go('#/accounts')
      await page.getByRole('button', { name: m('accounts.add') }).click()
      await expect(page.getByRole('dialog')).toBeVisible()
      await scan('add-account form')
      await closeDialog()
      await page.getByRole('button', { name: m('discover.open') }).click()
      await expect(page.getByRole('dialog')).toBeVisible()
      await scan('discover dialog')
      await closeDialog()

      await go('#/people')
      await page
        .getByRole('button', { name: m('people.add') })
        .first()
        .click()
      await expect(page.getByRole('dialog')).toBeVisible()
      await scan('person form')
      await closeDialog()

      await go('#/activity')
      await expect(page.getByText(m('personStatus.notified')).first()).toBeVisible()
      await scan('activity after changes')

      expect(findings).toEqual([])
    }
  )
