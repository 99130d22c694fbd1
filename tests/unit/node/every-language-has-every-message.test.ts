import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

type Tree = { [key: string]: string | Tree }
const dir = join(__dirname, '../../../locales')

async function load(name: string): Promise<Tree> {
  return JSON.parse(await readFile(join(dir, `${name}.json`), 'utf8')) as Tree
}

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value)
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v)
  }
  return out
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort()

describe.each(['ru', 'zh-CN'])('%s', (language) => {
  it('has every key English has, and no other', async () => {
    const english = flatten(await load('en'))
    const other = flatten(await load(language))
    expect([...english.keys()].filter((k) => !other.has(k))).toEqual([])
    expect([...other.keys()].filter((k) => !english.has(k))).toEqual([])
  })

  it('keeps every placeholder, translates every message, and uses its own plural forms', async () => {
    const english = flatten(await load('en'))
    const other = flatten(await load(language))
    for (const [key, text] of other) {
      const source = english.get(key) ?? ''
      expect(new Set(placeholders(text)), key).toEqual(new Set(placeholders(source)))
      expect(text.trim(), key).not.toBe('')
      const forms = text.split(' | ').length
      if (source.includes(' | ')) expect(forms, key).toBe(language === 'ru' ? 3 : 1)
      else expect(forms, key).toBe(1)
      // vue-i18n reads @ as a link to another message.
      expect(text, key).not.toContain('@')
    }
  })

  it('is translated, not English left in place', async () => {
    const english = flatten(await load('en'))
    const other = flatten(await load(language))
    // Unit symbols read the same in Chinese and English; Russian separates a list with
    // the same comma as English, and a name from what is wrong with it with the same colon.
    const SAME_EVERYWHERE = new Set([
      'app.name',
      'common.listSeparator',
      'report.leftOutItem',
      'report.sha256',
      'report.units.KB',
      'report.units.MB',
      'report.units.GB'
    ])
    const untranslated = [...other].filter(
      ([k, v]) => v === english.get(k) && !SAME_EVERYWHERE.has(k)
    )
    expect(untranslated.map(([k]) => k)).toEqual([])
  })
})
