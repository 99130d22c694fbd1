/**
 * File names inside an exported archive. ZIP entries are extracted on Windows, macOS and
 * Linux, often by tools that trust what they read, so every name is made a single,
 * harmless path segment that every one of those systems can create.
 */

// Control characters are exactly what this pattern exists to remove.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069/\\:*?"<>|]/gu
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i
const encoder = new TextEncoder()

const byteLength = (text: string): number => encoder.encode(text).length

/** Cuts whole code points (never half a surrogate pair) until the text fits `maxBytes`. */
function cutToBytes(text: string, maxBytes: number): string {
  let out = ''
  let bytes = 0
  for (const char of text) {
    const size = byteLength(char)
    if (bytes + size > maxBytes) break
    out += char
    bytes += size
  }
  return out
}

/** Splits off the last `.ext` of up to 10 characters, if there is one. */
function splitExtension(name: string): [stem: string, ext: string] {
  const match = /^(.+?)(\.[^.\s]{1,10})$/u.exec(name)
  return match?.[1] && match[2] ? [match[1], match[2]] : [name, '']
}

/** Windows refuses device names (`CON`, `lpt1.pdf`…) whatever the extension. */
const guardReserved = (name: string): string => (RESERVED.test(name) ? `_${name}` : name)

/** Shortens the stem (never the extension) so that `stem + ext` fits `maxBytes`. */
function fit(stem: string, ext: string, maxBytes: number): string {
  const room = Math.max(1, maxBytes - byteLength(ext))
  const cut = cutToBytes(stem, room).replace(/[\s.]+$/u, '')
  return guardReserved(`${cut || 'file'}${ext}`)
}

/**
 * One safe path segment of at most `maxBytes` UTF-8 bytes. ZIP entries are extracted on
 * every OS, so separators, traversal (`..`), control and bidi characters, characters
 * Windows forbids and its device names are neutralised; letters of any script are kept.
 */
export function sanitiseFileName(name: string, maxBytes = 120): string {
  let safe = name
    .replace(LONE_SURROGATE, '_')
    .normalize('NFC')
    .replace(UNSAFE, '_')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s.]+|[\s.]+$/gu, '')
  if (safe === '') safe = 'file'
  safe = guardReserved(safe)
  if (byteLength(safe) <= maxBytes) return safe
  const [stem, ext] = splitExtension(safe)
  return fit(stem, ext, maxBytes)
}

/**
 * Names unique within each folder. ZIP entries are extracted on every OS, and Windows and
 * macOS compare names case-insensitively, so `a.pdf` then `A.pdf` would overwrite each
 * other: the second becomes `A (2).pdf`, the third `a (3).pdf`. Results stay within
 * `maxBytes` UTF-8 bytes by shortening the stem before the suffix is added.
 */
export function uniqueNames(maxBytes = 120): (dir: string, name: string) => string {
  const taken = new Map<string, Set<string>>()
  const fold = (text: string): string => text.normalize('NFC').toLowerCase()
  return (dir, name) => {
    const dirKey = fold(dir)
    let used = taken.get(dirKey)
    if (!used) {
      used = new Set<string>()
      taken.set(dirKey, used)
    }
    const [stem, ext] = splitExtension(name)
    let candidate = byteLength(name) <= maxBytes ? name : fit(stem, ext, maxBytes)
    for (let n = 2; used.has(fold(candidate)); n++) {
      candidate = fit(stem, ` (${n})${ext}`, maxBytes)
    }
    used.add(fold(candidate))
    return candidate
  }
}
