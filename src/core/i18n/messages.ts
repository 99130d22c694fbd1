import en from '../../../locales/en.json'
import ru from '../../../locales/ru.json'
import zhCN from '../../../locales/zh-CN.json'

/** The app's message files, for the few texts main writes itself (calendar, reports). */
const MESSAGES: Record<string, unknown> = { en, ru, 'zh-CN': zhCN }

export type MessageParams = Record<string, string | number>

function lookup(tree: unknown, key: string): string | undefined {
  const found = key
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined,
      tree
    )
  return typeof found === 'string' ? found : undefined
}

/**
 * Which of a message's "a | b | c" forms a count takes, as the window's messages do:
 * Russian one/few/many, otherwise singular for 1 (and a zero form when there are three).
 */
function pluralForm(language: string, count: number, forms: number): number {
  if (forms < 2) return 0
  if (language === 'ru' && forms >= 3) {
    const form = new Intl.PluralRules('ru').select(Math.abs(count))
    return form === 'one' ? 0 : form === 'few' ? 1 : 2
  }
  if (forms >= 3) return count === 0 ? 0 : count === 1 ? 1 : 2
  return count === 1 ? 0 : 1
}

/** Whether a language's own file has the message (translate falls back to English). */
export function hasMessage(language: string, key: string): boolean {
  return lookup(MESSAGES[language], key) !== undefined
}

/** A message in a language (English where the language lacks it), with {name} filled in. */
export function translate(language: string, key: string, params: MessageParams = {}): string {
  const text = lookup(MESSAGES[language], key) ?? lookup(MESSAGES.en, key) ?? key
  const forms = text.split(' | ')
  const count = typeof params.count === 'number' ? params.count : 1
  const chosen = forms[pluralForm(language, count, forms.length)] ?? forms[0]!
  return chosen.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name])
  )
}
