import { deflateSync } from 'node:zlib'

/**
 * The proof files for `unlinker demo`, made at run time.
 *
 * The example data has to include a real agreement PDF and a receipt image, so that the
 * vault, previews, export and verify work on it as they would on a user's files. The
 * repository ships no binaries, so both files are written here by hand, byte by byte:
 * no PDF or image library is pulled into the main process for the sake of an example.
 */

/** What the agreement PDF says. `date` is a date-only string, `yyyy-MM-dd`. */
export interface AgreementText {
  number: string
  carrier: string
  reference: string
  date: string
  holder: string
}

/** The receipt's text, one entry a line, and its size in pixels (default 480×640). */
export interface ReceiptText {
  lines: string[]
  width?: number
  height?: number
}

/**
 * Helvetica with WinAnsiEncoding only covers Latin text, and we embed no font, so
 * anything outside printable ASCII (Cyrillic names, emoji) becomes '?' rather than mojibake.
 */
const ascii = (text: string): string => text.replace(/[^\x20-\x7e]/gu, '?')

/** A PDF literal string; `(`, `)` and `\` would otherwise end or break it. */
const pdfString = (text: string): string => `(${ascii(text).replace(/([\\()])/g, '\\$1')})`

/**
 * A one-page A4 PDF 1.4 agreement on termination of mobile services.
 *
 * Five objects (catalog, pages, page, Helvetica font, content stream), an xref table with
 * exact byte offsets, and a trailer, so strict readers open it without a repair pass.
 */
export function makeAgreementPdf(input: AgreementText): Buffer {
  // [font size, gap above in points, text]
  const lines: Array<[size: number, gap: number, text: string]> = [
    [16, 0, 'Agreement on termination of mobile services'],
    [11, 34, `Carrier: ${input.carrier}`],
    [11, 20, `Subscriber number: ${input.number}`],
    [11, 20, `Request number: ${input.reference}`],
    [11, 20, `Date of termination: ${input.date}`],
    [11, 20, `Subscriber: ${input.holder}`],
    [10, 34, 'The contract for the number above is terminated at the request of the subscriber.'],
    [10, 20, 'All services are disconnected and the outstanding balance is settled.'],
    [10, 20, 'The number may be assigned to another subscriber after the quarantine period.'],
    [11, 34, 'Signed: ____________________     Carrier representative: ____________________']
  ]
  let y = 780
  const content = lines
    .map(([size, gap, text]) => {
      y -= gap
      return `BT /F1 ${size} Tf 56 ${y} Td ${pdfString(text)} Tj ET`
    })
    .join('\n')
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] ' +
      '/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`
  ]
  // Everything above is ASCII, so string length in latin1 equals byte length.
  let pdf = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'))
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = Buffer.byteLength(pdf, 'latin1')
  // Each xref entry is exactly 20 bytes: 10 + 1 + 5 + 1 + 1 + " \n".
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(pdf, 'latin1')
}

/**
 * A 5×7 pixel font: seven rows a glyph, five bits a row, the high bit (0x10) leftmost.
 * Enough for a receipt; lowercase is drawn as uppercase and anything missing is blank.
 */
const GLYPHS: Readonly<Record<string, readonly number[]>> = {
  '0': [0x0e, 0x11, 0x13, 0x15, 0x19, 0x11, 0x0e],
  '1': [0x04, 0x0c, 0x04, 0x04, 0x04, 0x04, 0x0e],
  '2': [0x0e, 0x11, 0x01, 0x02, 0x04, 0x08, 0x1f],
  '3': [0x1f, 0x02, 0x04, 0x02, 0x01, 0x11, 0x0e],
  '4': [0x02, 0x06, 0x0a, 0x12, 0x1f, 0x02, 0x02],
  '5': [0x1f, 0x10, 0x1e, 0x01, 0x01, 0x11, 0x0e],
  '6': [0x06, 0x08, 0x10, 0x1e, 0x11, 0x11, 0x0e],
  '7': [0x1f, 0x01, 0x02, 0x04, 0x08, 0x08, 0x08],
  '8': [0x0e, 0x11, 0x11, 0x0e, 0x11, 0x11, 0x0e],
  '9': [0x0e, 0x11, 0x11, 0x0f, 0x01, 0x02, 0x0c],
  A: [0x0e, 0x11, 0x11, 0x11, 0x1f, 0x11, 0x11],
  B: [0x1e, 0x11, 0x11, 0x1e, 0x11, 0x11, 0x1e],
  C: [0x0e, 0x11, 0x10, 0x10, 0x10, 0x11, 0x0e],
  D: [0x1c, 0x12, 0x11, 0x11, 0x11, 0x12, 0x1c],
  E: [0x1f, 0x10, 0x10, 0x1e, 0x10, 0x10, 0x1f],
  F: [0x1f, 0x10, 0x10, 0x1e, 0x10, 0x10, 0x10],
  G: [0x0e, 0x11, 0x10, 0x17, 0x11, 0x11, 0x0f],
  H: [0x11, 0x11, 0x11, 0x1f, 0x11, 0x11, 0x11],
  I: [0x0e, 0x04, 0x04, 0x04, 0x04, 0x04, 0x0e],
  J: [0x07, 0x02, 0x02, 0x02, 0x02, 0x12, 0x0c],
  K: [0x11, 0x12, 0x14, 0x18, 0x14, 0x12, 0x11],
  L: [0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x1f],
  M: [0x11, 0x1b, 0x15, 0x15, 0x11, 0x11, 0x11],
  N: [0x11, 0x11, 0x19, 0x15, 0x13, 0x11, 0x11],
  O: [0x0e, 0x11, 0x11, 0x11, 0x11, 0x11, 0x0e],
  P: [0x1e, 0x11, 0x11, 0x1e, 0x10, 0x10, 0x10],
  Q: [0x0e, 0x11, 0x11, 0x11, 0x15, 0x12, 0x0d],
  R: [0x1e, 0x11, 0x11, 0x1e, 0x14, 0x12, 0x11],
  S: [0x0f, 0x10, 0x10, 0x0e, 0x01, 0x01, 0x1e],
  T: [0x1f, 0x04, 0x04, 0x04, 0x04, 0x04, 0x04],
  U: [0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x0e],
  V: [0x11, 0x11, 0x11, 0x11, 0x11, 0x0a, 0x04],
  W: [0x11, 0x11, 0x11, 0x15, 0x15, 0x15, 0x0a],
  X: [0x11, 0x11, 0x0a, 0x04, 0x0a, 0x11, 0x11],
  Y: [0x11, 0x11, 0x11, 0x0a, 0x04, 0x04, 0x04],
  Z: [0x1f, 0x01, 0x02, 0x04, 0x08, 0x10, 0x1f],
  ':': [0x00, 0x0c, 0x0c, 0x00, 0x0c, 0x0c, 0x00],
  '.': [0x00, 0x00, 0x00, 0x00, 0x00, 0x0c, 0x0c],
  ',': [0x00, 0x00, 0x00, 0x00, 0x0c, 0x04, 0x08],
  '-': [0x00, 0x00, 0x00, 0x1f, 0x00, 0x00, 0x00],
  '+': [0x00, 0x04, 0x04, 0x1f, 0x04, 0x04, 0x00],
  '=': [0x00, 0x00, 0x1f, 0x00, 0x1f, 0x00, 0x00],
  '/': [0x00, 0x01, 0x02, 0x04, 0x08, 0x10, 0x00],
  '#': [0x0a, 0x0a, 0x1f, 0x0a, 0x1f, 0x0a, 0x0a],
  '%': [0x18, 0x19, 0x02, 0x04, 0x08, 0x13, 0x03],
  '(': [0x02, 0x04, 0x08, 0x08, 0x08, 0x04, 0x02],
  ')': [0x08, 0x04, 0x02, 0x02, 0x02, 0x04, 0x08],
  _: [0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x1f]
}

const TEAL = [0x2f, 0x7a, 0x6d] as const
const INK = [0x33, 0x33, 0x33] as const
const SCALE = 2
const HEADER = 48
const MARGIN = 24

/**
 * A receipt image: white paper, a teal header bar, and the lines in dark grey.
 *
 * An 8-bit RGB PNG with one IDAT; each row uses filter 0 (none), which keeps the encoder
 * trivial and lets deflate do the compressing.
 */
export function makeReceiptPng({ lines, width = 480, height = 640 }: ReceiptText): Buffer {
  const pixels = Buffer.alloc(width * height * 3, 0xff)
  const fill = (x0: number, y0: number, w: number, h: number, rgb: readonly number[]): void => {
    for (let y = Math.max(0, y0); y < Math.min(height, y0 + h); y++)
      for (let x = Math.max(0, x0); x < Math.min(width, x0 + w); x++)
        pixels.set(rgb, (y * width + x) * 3)
  }
  fill(0, 0, width, HEADER, TEAL)
  lines.forEach((line, row) => {
    const top = HEADER + MARGIN + row * 10 * SCALE
    ;[...line.toUpperCase()].forEach((char, col) => {
      const glyph = GLYPHS[char]
      if (!glyph) return
      const left = MARGIN + col * 6 * SCALE
      glyph.forEach((bits, gy) => {
        for (let gx = 0; gx < 5; gx++)
          if (bits & (0x10 >> gx)) fill(left + gx * SCALE, top + gy * SCALE, SCALE, SCALE, INK)
      })
    })
  })
  const stride = 1 + width * 3
  const raw = Buffer.alloc(height * stride) // filter byte of every row stays 0
  for (let y = 0; y < height; y++)
    pixels.copy(raw, y * stride + 1, y * width * 3, (y + 1) * width * 3)
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // bit depth 8, colour type 2 (RGB), deflate, filter 0, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0))
  ])
}

/** A PNG chunk: length, type, data, and the CRC of type plus data. */
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

// Our own CRC-32 (the PNG/zlib polynomial): zlib.crc32 is missing from older Node 20 releases.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Buffer): number {
  let c = 0xffffffff
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
