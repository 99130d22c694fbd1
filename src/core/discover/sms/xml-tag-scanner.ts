import { DomainError } from '../../errors'
import { decodeXmlEntities } from '../xml-entities'

/**
 * A start-tag scanner for streamed XML, enough for flat exports such as SMS Backup &
 * Restore's: it yields each element's name and attributes, and end tags by name. It
 * never reads a DTD, so no entity is ever expanded beyond the five predefined ones and
 * character references: a crafted file cannot make it grow (the "billion laughs").
 * Only the tag being read is held, so a file of hundreds of MB takes little memory.
 */
export type XmlEvent =
  | { type: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { type: 'close'; name: string }

/**
 * One tag larger than this is not an export's: refused rather than buffered. The largest
 * real ones are MMS parts holding a photo or a short video in base64, a few MB.
 */
export const MAX_TAG_CHARS = 16 * 1024 * 1024

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y
const SPACE = /\s*/y

/**
 * Reads the tag that starts at `at` ('<' there). Returns the event and where the tag
 * ends, null when the text ends inside the tag (more is needed), or 'skip' with the
 * end of a declaration, comment or processing instruction.
 */
function readTag(text: string, at: number): { event: XmlEvent | null; end: number } | null {
  const next = text[at + 1]
  if (next === undefined) return null
  if (next === '!' || next === '?') {
    const closer = text.startsWith('<!--', at) ? '-->' : next === '?' ? '?>' : '>'
    const end = text.indexOf(closer, at + 2)
    return end < 0 ? null : { event: null, end: end + closer.length }
  }
  if (next === '/') {
    const end = text.indexOf('>', at + 2)
    return end < 0
      ? null
      : { event: { type: 'close', name: text.slice(at + 2, end).trim() }, end: end + 1 }
  }
  NAME.lastIndex = at + 1
  const name = NAME.exec(text)?.[0]
  if (!name) {
    // Not a tag (a stray '<'): step over it.
    return { event: null, end: at + 1 }
  }
  let i = at + 1 + name.length
  const attrs: Record<string, string> = {}
  for (;;) {
    SPACE.lastIndex = i
    SPACE.exec(text)
    i = SPACE.lastIndex
    const c = text[i]
    if (c === undefined) return null
    if (c === '>') return { event: { type: 'open', name, attrs, selfClosing: false }, end: i + 1 }
    if (c === '/') {
      if (text[i + 1] === undefined) return null
      return { event: { type: 'open', name, attrs, selfClosing: true }, end: i + 2 }
    }
    NAME.lastIndex = i
    const key = NAME.exec(text)?.[0]
    if (!key) {
      i++
      continue
    }
    i += key.length
    SPACE.lastIndex = i
    SPACE.exec(text)
    i = SPACE.lastIndex
    if (text[i] === undefined) return null
    if (text[i] !== '=') continue
    SPACE.lastIndex = i + 1
    SPACE.exec(text)
    i = SPACE.lastIndex
    const quote = text[i]
    if (quote === undefined) return null
    if (quote !== '"' && quote !== "'") continue
    const close = text.indexOf(quote, i + 1)
    if (close < 0) return null
    attrs[key] = decodeXmlEntities(text.slice(i + 1, close))
    i = close + 1
  }
}

interface Unfinished {
  triedAt: number
  held: string[]
  heldChars: number
}

/** The refusal of a tag longer than MAX_TAG_CHARS: the file is not an export we read. */
export function tagTooLarge(): DomainError {
  return new DomainError(
    'badFile',
    'An element of this XML file is larger than 16 MB, more than any message export holds: the file is damaged or not an SMS Backup & Restore export.',
    { key: 'xmlTagTooLarge' }
  )
}

/**
 * The events of an XML stream, read chunk by chunk (UTF-8 split across chunks is
 * decoded whole). Text between tags is skipped: the exports we read keep all in attributes.
 *
 * Linear in the file's size, however long a tag: while a tag is unfinished, the chunks
 * that follow are only kept aside, and the tag is read again only once its text has
 * doubled since the last try (so each character is read a bounded number of times);
 * beyond MAX_TAG_CHARS the file is refused.
 */
export async function* xmlEvents(
  chunks: AsyncIterable<Uint8Array | string>
): AsyncGenerator<XmlEvent> {
  const decoder = new TextDecoder('utf-8')
  let text = ''
  let pos = 0
  /** Set while a tag is unfinished: its length at the last try, and the chunks since. */
  const state: { unfinished: Unfinished | null } = { unfinished: null }
  const drain = function* (final: boolean): Generator<XmlEvent> {
    for (;;) {
      const lt = text.indexOf('<', pos)
      if (lt < 0) {
        pos = text.length
        return
      }
      const tag = readTag(text, lt)
      if (!tag) {
        pos = lt
        if (final) return
        if (text.length - lt > MAX_TAG_CHARS) throw tagTooLarge()
        state.unfinished = { triedAt: text.length - lt, held: [], heldChars: 0 }
        return
      }
      pos = tag.end
      if (tag.event) yield tag.event
    }
  }
  for await (const chunk of chunks) {
    const piece = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })
    const waiting = state.unfinished
    if (waiting) {
      waiting.held.push(piece)
      waiting.heldChars += piece.length
      const size = text.length - pos + waiting.heldChars
      if (size > MAX_TAG_CHARS) throw tagTooLarge()
      if (size < 2 * waiting.triedAt) continue
      text = text.slice(pos) + waiting.held.join('')
      state.unfinished = null
    } else text = text.slice(pos) + piece
    pos = 0
    yield* drain(false)
  }
  text = text.slice(pos) + (state.unfinished?.held.join('') ?? '') + decoder.decode()
  pos = 0
  yield* drain(true)
}
