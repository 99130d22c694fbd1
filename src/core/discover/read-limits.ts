import { DomainError } from '../errors'

/**
 * The heap one import's reader may use. The largest real exports read (a 50 MB password
 * CSV of 170,000 sites) need about 300 MB. A crafted file that needs more ends the worker
 * alone, answered as "too large", instead of the whole app running out of memory.
 */
export const IMPORT_HEAP_MB = 640

/**
 * More objects and lists than any export holds (100,000 items of a dozen each): JSON.parse
 * cannot be stopped halfway, so a text that would make more is refused before it starts.
 * Each costs up to some 60 bytes of heap, so what is parsed stays far below the limit above.
 */
export const MAX_JSON_CONTAINERS = 3_000_000

/** The reader hit its limit: the file needs more than any export. */
export function tooLargeToRead(): DomainError {
  return new DomainError(
    'badFile',
    'This file needs more memory to read than one import may use, far more than a real export does; it was not read and nothing was changed.',
    { key: 'tooLargeToRead' }
  )
}

/** How many objects and lists a JSON text opens, counted up to just past `stopAt`. */
export function jsonContainers(text: string, stopAt: number): number {
  let count = 0
  let i = 0
  while (i < text.length) {
    const c = text.charCodeAt(i)
    if (c === 0x22) {
      // A string: what it holds opens nothing. Its end is the next quote not escaped.
      for (;;) {
        const quote = text.indexOf('"', i + 1)
        if (quote < 0) return count
        let slashes = 0
        while (text.charCodeAt(quote - 1 - slashes) === 0x5c) slashes++
        i = quote
        if (slashes % 2 === 0) break
      }
    } else if ((c === 0x7b || c === 0x5b) && ++count > stopAt) return count
    i++
  }
  return count
}

/** JSON.parse of a text whose objects and lists are counted first, within MAX_JSON_CONTAINERS. */
export function parseBoundedJson(text: string, limit = MAX_JSON_CONTAINERS): unknown {
  if (jsonContainers(text, limit) > limit) throw tooLargeToRead()
  return JSON.parse(text)
}
