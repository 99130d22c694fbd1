import { cpSync, mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  checkKnowledge,
  LISTS_DIR,
  RULES,
  type Rule
} from '../../../scripts/knowledge/check-knowledge'
import { tempDir } from '../../support/temp-dir'

const REAL = resolve(__dirname, '../../../resources/knowledge')

type Json = Record<string, unknown>

const texts = (en: string, ru: string, zh: string) => ({ en, ru, 'zh-CN': zh })
const official = (url: string) => ({ url, kind: 'official' })

/** A small knowledge base every rule accepts: one of each file, one fact unverified. */
function goodBase(): Record<string, Json> {
  return {
    'services/example-bank.json': {
      id: 'example-bank',
      names: { en: 'Example Bank', ru: 'Пример Банк', 'zh-CN': '示例银行' },
      category: 'bank',
      domains: ['example-bank.ru'],
      links: { website: 'https://example-bank.ru/' },
      phone: {
        roles: { value: ['login', 'sms2fa'], sources: [], unverified: true },
        smsOrCall: { value: true, sources: [official('https://help.example-bank.ru/sms')] }
      },
      playbook: {
        steps: [
          {
            id: 'change',
            text: texts(
              'Change it in the app: Profile, then Phone.',
              'Смените его в приложении: Профиль, затем Телефон.',
              '在应用中更改：个人资料，然后是手机号。'
            ),
            sources: [official('https://www.example-bank.ru/help/phone')]
          }
        ]
      }
    },
    'services/example-mail.json': {
      id: 'example-mail',
      names: { en: 'Example Mail' },
      category: 'email',
      domains: ['example-mail.com'],
      phone: {
        roles: {
          value: ['recovery'],
          sources: [{ url: 'https://news.example.org/mail', kind: 'news', date: '2025-01-02' }]
        }
      }
    },
    'carriers/example-carrier.json': {
      id: 'example-carrier',
      names: { en: 'Example Carrier', ru: 'Пример' },
      country: 'RU',
      domains: ['example-carrier.ru'],
      termination: [
        {
          id: 'inStore',
          text: texts('In a store.', 'В салоне.', '在营业厅办理。'),
          sources: [official('https://moscow.example-carrier.ru./help')]
        }
      ]
    },
    'countries/ru.json': {
      country: 'RU',
      names: texts('Russia', 'Россия', '俄罗斯'),
      clocks: {
        reissue: { days: 60, sources: [{ url: 'https://news.example.org/60', kind: 'news' }] },
        unpaidUntilCancelled: { days: null, sources: [] }
      },
      stateChecks: [
        {
          id: 'simList',
          text: texts('The SIM list.', 'Список SIM-карт.', 'SIM卡列表。'),
          sources: [official('https://www.gosuslugi.ru/help')]
        }
      ],
      storeChecklist: ['passport', 'sim']
    },
    'kinds/generic.json': {
      kind: 'generic',
      steps: {},
      route: [
        {
          id: 'support',
          text: texts('Ask support.', 'Спросите поддержку.', '联系客服。'),
          sources: []
        }
      ],
      stranger: []
    }
  }
}

/** Writes a knowledge folder: the real lists (with this base's ceiling) and these files. */
async function folder(files: Record<string, Json | string>, ceiling = 1): Promise<string> {
  const dir = await tempDir()
  cpSync(LISTS_DIR, join(dir, 'lists'), { recursive: true })
  writeFileSync(
    join(dir, 'lists', 'unverified-ceiling.json'),
    JSON.stringify({ unverified: ceiling })
  )
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name.split('/')[0]!), { recursive: true })
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content))
  }
  const generated = join(dir, 'generated.json')
  writeFileSync(generated, JSON.stringify({ entries: [{ id: 'example-bank-app' }] }))
  const zh = join(dir, 'zh-CN.json')
  writeFileSync(zh, JSON.stringify({ menu: { title: '你的号码：已注销' } }))
  return dir
}

function check(dir: string, zh?: string) {
  return checkKnowledge({
    dir,
    listsDir: join(dir, 'lists'),
    root: dir,
    generatedFile: join(dir, 'generated.json'),
    zhLocaleFile: zh ?? join(dir, 'zh-CN.json')
  })
}

/** One bad file per rule: what to change, and the file and field the refusal names. */
const BREAKS: Array<{
  rule: Rule
  how: string
  change: (base: Record<string, Json>) => Record<string, Json | string>
  file: string
  field?: string
  message?: RegExp
  ceiling?: number
}> = [
  {
    rule: 'json',
    how: 'a file cut off half way',
    change: (b) => ({ ...b, 'services/example-bank.json': '{"id": "example-bank", ' }),
    file: 'services/example-bank.json'
  },
  {
    rule: 'shape',
    how: 'a category the app does not have',
    change: (b) => set(b, 'services/example-mail.json', (s) => (s.category = 'shopping')),
    file: 'services/example-mail.json',
    field: 'category'
  },
  {
    rule: 'file-name',
    how: 'a service file named unlike its id',
    change: (b) => {
      const { 'services/example-mail.json': mail, ...rest } = b
      return { ...rest, 'services/mail.json': mail! }
    },
    file: 'services/mail.json',
    field: 'id'
  },
  {
    rule: 'source-required',
    how: 'a playbook step without a source',
    change: (b) =>
      set(b, 'services/example-bank.json', (s) => {
        ;(s.playbook as { steps: Json[] }).steps[0]!.sources = []
      }),
    file: 'services/example-bank.json',
    field: 'playbook.steps.change.sources'
  },
  {
    rule: 'source-required',
    how: 'a clock with a figure and no source',
    change: (b) =>
      set(b, 'countries/ru.json', (c) => {
        ;(c.clocks as { reissue: Json }).reissue.sources = []
      }),
    file: 'countries/ru.json',
    field: 'clocks.reissue.sources'
  },
  {
    rule: 'phone-fact-source',
    how: 'a new phone fact without a source',
    change: (b) =>
      set(b, 'services/example-mail.json', (s) => {
        ;(s.phone as Json).inPersonOnly = { value: 'yes', sources: [] }
      }),
    file: 'services/example-mail.json',
    field: 'phone.inPersonOnly.sources'
  },
  {
    rule: 'unverified-with-source',
    how: 'a sourced fact still marked unverified',
    change: (b) =>
      set(b, 'services/example-bank.json', (s) => {
        ;(s.phone as { smsOrCall: Json }).smsOrCall.unverified = true
      }),
    file: 'services/example-bank.json',
    field: 'phone.smsOrCall',
    ceiling: 2
  },
  {
    rule: 'unverified-ceiling',
    how: 'one more unverified fact than the ceiling allows',
    change: (b) =>
      set(b, 'services/example-mail.json', (s) => {
        ;(s.phone as Json).roles = { value: ['recovery'], sources: [], unverified: true }
      }),
    file: 'lists/unverified-ceiling.json',
    message: /2 unverified facts, more than the ceiling of 1/
  },
  {
    rule: 'https',
    how: 'a source over plain http',
    change: (b) =>
      set(b, 'services/example-mail.json', (s) => {
        ;(s.phone as { roles: Json }).roles.sources = [
          { url: 'http://news.example.org/mail', kind: 'news' }
        ]
      }),
    file: 'services/example-mail.json',
    field: 'phone.roles.sources.0.url'
  },
  {
    rule: 'https',
    how: 'a link over plain http',
    change: (b) =>
      set(
        b,
        'services/example-bank.json',
        (s) => (s.links = { website: 'http://example-bank.ru/' })
      ),
    file: 'services/example-bank.json',
    field: 'links.website'
  },
  {
    rule: 'official-host',
    how: 'official on a blog that is not the service’s',
    change: (b) =>
      set(b, 'services/example-bank.json', (s) => {
        ;(s.playbook as { steps: Json[] }).steps[0]!.sources = [
          official('https://some-blog.example.net/how-to-change-the-phone')
        ]
      }),
    file: 'services/example-bank.json',
    field: 'playbook.steps.change.sources.0.kind',
    message: /some-blog\.example\.net is neither one of the entry's domains nor a state body's/
  },
  {
    rule: 'denylisted',
    how: 'a content farm beside a good source',
    change: (b) =>
      set(b, 'carriers/example-carrier.json', (c) => {
        ;(c.termination as Json[])[0]!.sources = [
          official('https://example-carrier.ru/help'),
          { url: 'https://it.nowadayhitech.com/123-how-to', kind: 'unofficial' }
        ]
      }),
    file: 'carriers/example-carrier.json',
    field: 'termination.inStore.sources.1.url',
    message: /nowadayhitech\.com is denylisted: Machine-translated/
  },
  {
    rule: 'dataset-kind',
    how: '2fa.directory’s JSON tagged official',
    change: (b) =>
      set(b, 'services/example-bank.json', (s) => {
        ;(s.phone as { smsOrCall: Json }).smsOrCall.sources = [
          official(
            'https://github.com/2factorauth/twofactorauth/blob/master/entries/e/example.json'
          )
        ]
      }),
    file: 'services/example-bank.json',
    field: 'phone.smsOrCall.sources.0.kind'
  },
  {
    rule: 'ru-cyrillic',
    how: 'a Russian text left in English',
    change: (b) =>
      set(b, 'kinds/generic.json', (k) => {
        ;(k.route as Json[])[0]!.text = texts('Ask support.', 'Ask support.', '联系客服。')
      }),
    file: 'kinds/generic.json',
    field: 'route.support.text.ru'
  },
  {
    rule: 'zh-han',
    how: 'a Chinese name in Latin letters',
    change: (b) =>
      set(b, 'services/example-bank.json', (s) => {
        ;(s.names as Json)['zh-CN'] = 'Example Bank'
      }),
    file: 'services/example-bank.json',
    field: 'names.zh-CN'
  },
  {
    rule: 'zh-punctuation',
    how: 'an ASCII colon after a Chinese character',
    change: (b) =>
      set(b, 'services/example-bank.json', (s) => {
        ;(s.playbook as { steps: Json[] }).steps[0]!.text = texts(
          'Change it in the app: Profile.',
          'Смените его в приложении: Профиль.',
          '在应用中更改:个人资料。'
        )
      }),
    file: 'services/example-bank.json',
    field: 'playbook.steps.change.text.zh-CN'
  },
  {
    rule: 'zh-punctuation',
    how: 'a half-mended bracket: an ASCII one beside Chinese punctuation',
    change: (b) =>
      set(b, 'services/example-bank.json', (s) => {
        ;(s.playbook as { steps: Json[] }).steps[0]!.text = texts(
          'Change it in the app (+7 …).',
          'Смените его в приложении (+7 …).',
          '在应用中更改（+7…)。'
        )
      }),
    file: 'services/example-bank.json',
    field: 'playbook.steps.change.text.zh-CN'
  },
  {
    rule: 'zh-you',
    how: '您 in a Chinese text',
    change: (b) =>
      set(b, 'countries/ru.json', (c) => {
        ;(c.stateChecks as Json[])[0]!.text = texts('Your SIMs.', 'Ваши SIM-карты.', '您的SIM卡。')
      }),
    file: 'countries/ru.json',
    field: 'stateChecks.simList.text.zh-CN'
  },
  {
    rule: 'placeholders',
    how: 'a translation that lost its {date}',
    change: (b) =>
      set(b, 'kinds/generic.json', (k) => {
        ;(k.route as Json[])[0]!.text = texts(
          'Ask by {date}.',
          'Спросите до даты.',
          '在{date}前联系。'
        )
      }),
    file: 'kinds/generic.json',
    field: 'route.support.text.ru'
  },
  {
    rule: 'domain-twice',
    how: 'a domain two services claim',
    change: (b) =>
      set(b, 'services/example-mail.json', (s) => {
        ;(s.domains as string[]).push('example-bank.ru')
      }),
    file: 'services/example-mail.json',
    field: 'domains'
  },
  {
    rule: 'duplicate-id',
    how: 'two steps with one id',
    change: (b) =>
      set(b, 'services/example-bank.json', (s) => {
        const steps = (s.playbook as { steps: Json[] }).steps
        steps.push({ ...steps[0]! })
      }),
    file: 'services/example-bank.json',
    field: 'playbook.steps.change'
  },
  {
    rule: 'folds-in',
    how: 'a fold of a generated entry that does not exist',
    change: (b) => set(b, 'services/example-bank.json', (s) => (s.foldsIn = ['example-bank-gone'])),
    file: 'services/example-bank.json',
    field: 'foldsIn.example-bank-gone'
  }
]

function set(
  base: Record<string, Json>,
  file: string,
  change: (data: Json) => void
): Record<string, Json> {
  const copy = JSON.parse(JSON.stringify(base)) as Record<string, Json>
  change(copy[file]!)
  return copy
}

describe('npm run knowledge:check', () => {
  it('passes a small knowledge base that keeps every rule, and counts its unverified fact', async () => {
    const result = check(await folder(goodBase()))
    expect(result.problems).toEqual([])
    expect(result).toMatchObject({ files: 5, unverified: 1, ceiling: 1 })
  })

  for (const b of BREAKS)
    it(`refuses ${b.how} (${b.rule}), naming the file and the field`, async () => {
      const dir = await folder(b.change(goodBase()), b.ceiling)
      const problems = check(dir).problems.filter((p) => p.rule === b.rule)
      expect(problems.length, JSON.stringify(check(dir).problems)).toBeGreaterThan(0)
      const problem = problems[0]!
      expect(problem.file).toBe(b.file)
      if (b.field) expect(problem.field).toBe(b.field)
      expect(problem.message).toMatch(b.message ?? /\S/)
    })

  it('has a refused example for every rule it knows', () => {
    expect(new Set(BREAKS.map((b) => b.rule))).toEqual(new Set(Object.keys(RULES)))
  })

  it('asks to lower the ceiling once facts get their sources, so it cannot grow back', async () => {
    const result = check(await folder(goodBase(), 3))
    expect(result.problems.map((p) => [p.rule, p.message])).toEqual([
      [
        'unverified-ceiling',
        '1 unverified facts, fewer than the ceiling of 3: lower the ceiling to 1 so it cannot grow back'
      ]
    ])
  })

  it('runs the Chinese punctuation and 你 rules over the app’s Chinese messages too', async () => {
    const dir = await folder(goodBase())
    const zh = join(dir, 'messages.json')
    writeFileSync(zh, JSON.stringify({ intro: { title: '您好(欢迎)' } }))
    expect(check(dir, zh).problems.map((p) => [p.file, p.field, p.rule])).toEqual([
      ['messages.json', 'intro.title', 'zh-punctuation'],
      ['messages.json', 'intro.title', 'zh-you']
    ])
  })

  it('passes the real knowledge base and the app’s Chinese messages', () => {
    const root = resolve(__dirname, '../../..')
    const result = checkKnowledge({
      dir: REAL,
      root,
      generatedFile: join(root, 'resources/catalog/catalog.json'),
      zhLocaleFile: join(root, 'locales/zh-CN.json')
    })
    expect(result.problems).toEqual([])
    expect(result.files).toBeGreaterThanOrEqual(283 + 9)
  })
})
