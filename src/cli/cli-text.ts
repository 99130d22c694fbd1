import stringWidth from 'string-width'
import { translate, type MessageParams } from '../core/i18n/messages'
import type { UiLanguage } from '../shared/domain/preferences-values'

/** A sentence of the command line's, from the message files' `cli.` section. */
export type Say = (key: string, params?: MessageParams) => string

export function sayIn(language: UiLanguage): Say {
  return (key, params) => translate(language, `cli.${key}`, params)
}

/**
 * `text` padded to `width` terminal columns. A terminal gives a Chinese character (and a
 * wide emoji) two columns and a combining mark none, so String.padEnd, which counts UTF-16
 * units, leaves Chinese names' columns short; string-width measures as terminals draw.
 */
export function padColumn(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)))
}

/** How many terminal columns `text` takes. */
export function columnsOf(text: string): number {
  return stringWidth(text)
}
