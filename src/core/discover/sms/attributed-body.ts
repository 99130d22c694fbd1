const decoder = new TextDecoder('utf-8', { fatal: false })
const CLASS_NAMES = ['NSString', 'NSMutableString'].map((name) => new TextEncoder().encode(name))

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer
    return i
  }
  return -1
}

/**
 * The text of a message kept only in `attributedBody`, as iOS 16 and later often do: an
 * NSArchiver "typedstream" whose string follows the class name NSString, five bytes of
 * type and reference marks, and its length in bytes (one byte, or 0x81 and two bytes
 * little-endian, or 0x82 and four). Null when the blob holds no string that fits, unless
 * the blob was `cut` to a bounded length on reading: then the text is its start.
 */
export function textOfAttributedBody(blob: Uint8Array, cut = false): string | null {
  for (const name of CLASS_NAMES) {
    const at = indexOf(blob, name)
    if (at < 0) continue
    let cursor = at + name.length + 5
    const marker = blob[cursor]
    if (marker === undefined) return null
    let length: number
    if (marker === 0x81) {
      length = (blob[cursor + 1] ?? 0) | ((blob[cursor + 2] ?? 0) << 8)
      cursor += 3
    } else if (marker === 0x82) {
      length =
        ((blob[cursor + 1] ?? 0) |
          ((blob[cursor + 2] ?? 0) << 8) |
          ((blob[cursor + 3] ?? 0) << 16) |
          ((blob[cursor + 4] ?? 0) << 24)) >>>
        0
      cursor += 5
    } else {
      length = marker
      cursor += 1
    }
    if (length === 0 || (cursor + length > blob.length && !cut)) return null
    return decoder.decode(blob.subarray(cursor, Math.min(cursor + length, blob.length)))
  }
  return null
}
