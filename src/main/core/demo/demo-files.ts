import { deflateSync } from 'node:zlib'

/**
 * The example's proof files, made at run time so the repository ships no binaries: a
 * one-page PDF agreement and a PNG receipt, both valid files any viewer opens.
 */

export interface AgreementText {
  number: string
  carrier: string
  reference: string
  date: string
  holder: string
}

const ascii = (text: string): string => text.replace(/[^\x20-\x7e]/g, '?')
const pdfString = (text: string): string => `(${ascii(text).replace(/([\\()])/g, '\\$1')})`

export function makeAgreementPdf(input: AgreementText): Buffer {
  const lines: Array<[size: number, text: string]> = [
    [16, 'Agreement on termination of mobile services'],
    [11, `Carrier: ${input.carrier}`],
    [11, `Subscriber number: ${input.number}`],
    [11, `Request number: ${input.reference}`],
    [11, `Date of termination: ${input.date}`],
    [11, `Subscriber: ${input.holder}`],
    [10, 'The contract for the number above is terminated at the request of the subscriber.'],
    [10, 'All services are disconnected and the outstanding balance is settled.'],
    [10, 'The number may be assigned to another subscriber after the quarantine period.'],
    [11, 'Signed: ____________________     Carrier representative: ____________________']
  ]
  let y = 780
  const content = lines
    .map(([size, text], i) => {
      y -= i === 0 ? 0 : i === 1 || i === 6 || i === 9 ? 34 : 20
      return `BT /F1 ${size} Tf 56 ${y} Td ${pdfString(text)} Tj ET`
    })
    .join('\n')
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`
  ]
  let pdf = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'))
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = Buffer.byteLength(pdf, 'latin1')
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(pdf, 'latin1')
}

// A 3×5 pixel font: each glyph is five rows of three bits, enough for a legible receipt.
const GLYPHS: Record<string, number[]> = {
  '0': [7, 5, 5, 5, 7],
  '1': [2, 6, 2, 2, 7],
  '2': [7, 1, 7, 4, 7],
  '3': [7, 1, 7, 1, 7],
  '4': [5, 5, 7, 1, 1],
  '5': [7, 4, 7, 1, 7],
  '6': [7, 4, 7, 5, 7],
  '7': [7, 1, 1, 2, 2],
  '8': [7, 5, 7, 5, 7],
  '9': [7, 5, 7, 1, 7],
  A: [2, 5, 7, 5, 5],
  B: [6, 5, 6, 5, 6],
  C: [7, 4, 4, 4, 7],
  D: [6, 5, 5, 5, 6],
  E: [7, 4, 6, 4, 7],
  F: [7, 4, 6, 4, 4],
  G: [7, 4, 5, 5, 7],
  H: [5, 5, 7, 5, 5],
  I: [7, 2, 2, 2, 7],
  J: [1, 1, 1, 5, 7],
  K: [5, 5, 6, 5, 5],
  L: [4, 4, 4, 4, 7],
  M: [5, 7, 7, 5, 5],
  N: [6, 5, 5, 5, 5],
  O: [7, 5, 5, 5, 7],
  P: [7, 5, 7, 4, 4],
  Q: [7, 5, 5, 7, 1],
  R: [6, 5, 6, 5, 5],
  S: [7, 4, 7, 1, 7],
  T: [7, 2, 2, 2, 2],
  U: [5, 5, 5, 5, 7],
  V: [5, 5, 5, 5, 2],
  W: [5, 5, 7, 7, 5],
  X: [5, 5, 2, 5, 5],
  Y: [5, 5, 2, 2, 2],
  Z: [7, 1, 2, 4, 7],
  ':': [0, 2, 0, 2, 0],
  '.': [0, 0, 0, 0, 2],
  '-': [0, 0, 7, 0, 0],
  '+': [0, 2, 7, 2, 0],
  '/': [1, 1, 2, 4, 4],
  '#': [5, 7, 5, 7, 5]
}

export interface ReceiptText {
  lines: string[]
  width?: number
  height?: number
}

export function makeReceiptPng({ lines, width = 480, height = 640 }: ReceiptText): Buffer {
  const pixels = Buffer.alloc(width * height * 3, 0xff)
  const fill = (x0: number, y0: number, w: number, h: number, rgb: number[]): void => {
    for (let y = Math.max(0, y0); y < Math.min(height, y0 + h); y++)
      for (let x = Math.max(0, x0); x < Math.min(width, x0 + w); x++)
        pixels.set(rgb, (y * width + x) * 3)
  }
  fill(0, 0, width, 64, [0x2f, 0x7a, 0x6d])
  const scale = 4
  lines.forEach((line, row) => {
    const y = 96 + row * 8 * scale
    ;[...line.toUpperCase()].forEach((char, col) => {
      const glyph = GLYPHS[char]
      if (!glyph) return
      glyph.forEach((bits, gy) => {
        for (let gx = 0; gx < 3; gx++)
          if (bits & (4 >> gx))
            fill(24 + (col * 4 + gx) * scale, y + gy * scale, scale, scale, [0x33, 0x33, 0x33])
      })
    })
  })
  const raw = Buffer.alloc(height * (1 + width * 3))
  for (let y = 0; y < height; y++)
    pixels.copy(raw, y * (1 + width * 3) + 1, y * width * 3, (y + 1) * width * 3)
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0))
  ])
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

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
