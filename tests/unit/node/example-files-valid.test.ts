import { inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { makeAgreementPdf, makeReceiptPng } from '../../../src/core/example-data/example-files'

const agreement = {
  number: '+7 912 345-67-89',
  carrier: 'MTS',
  reference: 'REQ-2026/0412',
  date: '2026-11-01',
  holder: 'Ivan Petrov'
}

// ---- PDF reading, written independently of the generator ----

function parsePdf(pdf: Buffer): {
  text: string
  offsets: number[]
  startxref: number
  size: number
  stream: string
  declaredLength: number
} {
  const text = pdf.toString('latin1')
  const startxref = Number(/startxref\n(\d+)\n%%EOF\n?$/.exec(text)?.[1])
  const xref = /^xref\n0 (\d+)\n((?:\d{10} \d{5} [fn] \n)+)/.exec(text.slice(startxref))
  if (!xref) throw new Error('no xref table at startxref')
  const entries = xref[2]!.match(/.{20}/gs) ?? []
  expect(entries).toHaveLength(Number(xref[1]))
  expect(entries[0]).toBe('0000000000 65535 f \n')
  const offsets = entries.slice(1).map((entry) => {
    expect(entry).toMatch(/^\d{10} 00000 n \n$/)
    return Number(entry.slice(0, 10))
  })
  const size = Number(/trailer\n<<[^>]*\/Size (\d+)/.exec(text)?.[1])
  const streamMatch = /<< \/Length (\d+) >>\nstream\n([\s\S]*?)\nendstream/.exec(text)
  if (!streamMatch) throw new Error('no content stream')
  return {
    text,
    offsets,
    startxref,
    size,
    stream: streamMatch[2]!,
    declaredLength: Number(streamMatch[1])
  }
}

/** The strings shown by `(...) Tj`, with PDF escapes undone. */
function shownText(stream: string): string[] {
  const out: string[] = []
  for (const m of stream.matchAll(/\(((?:\\.|[^\\()])*)\) Tj/g))
    out.push(m[1]!.replace(/\\(.)/g, '$1'))
  return out
}

// ---- PNG reading, with its own CRC loop ----

function crc(bytes: Buffer): number {
  let c = ~0 >>> 0
  for (const b of bytes) {
    c ^= b
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1))
  }
  return ~c >>> 0
}

interface Chunk {
  type: string
  data: Buffer
  crcOk: boolean
}

function readChunks(png: Buffer): Chunk[] {
  const chunks: Chunk[] = []
  let at = 8
  while (at < png.length) {
    const length = png.readUInt32BE(at)
    const typeAndData = png.subarray(at + 4, at + 8 + length)
    const stored = png.readUInt32BE(at + 8 + length)
    chunks.push({
      type: typeAndData.subarray(0, 4).toString('latin1'),
      data: typeAndData.subarray(4),
      crcOk: crc(typeAndData) === stored
    })
    at += 12 + length
  }
  expect(at).toBe(png.length)
  return chunks
}

/** Decodes an 8-bit RGB, filter-0, non-interlaced PNG into rows of pixels. */
function decodePng(png: Buffer): { width: number; height: number; rgb: Buffer; raw: Buffer } {
  const chunks = readChunks(png)
  const ihdr = chunks[0]!
  expect(ihdr.type).toBe('IHDR')
  const width = ihdr.data.readUInt32BE(0)
  const height = ihdr.data.readUInt32BE(4)
  expect([...ihdr.data.subarray(8)]).toEqual([8, 2, 0, 0, 0])
  const raw = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)))
  const stride = 1 + width * 3
  const rgb = Buffer.alloc(width * height * 3)
  for (let y = 0; y < height && (y + 1) * stride <= raw.length; y++)
    raw.copy(rgb, y * width * 3, y * stride + 1, (y + 1) * stride)
  return { width, height, rgb, raw }
}

const pixel = (img: { width: number; rgb: Buffer }, x: number, y: number): number[] => [
  ...img.rgb.subarray((y * img.width + x) * 3, (y * img.width + x) * 3 + 3)
]

describe('example agreement PDF', () => {
  const pdf = makeAgreementPdf(agreement)
  const parsed = parsePdf(pdf)

  it('is framed as a PDF 1.4 file', () => {
    expect(parsed.text.startsWith('%PDF-1.4\n')).toBe(true)
    expect(parsed.text.trimEnd().endsWith('%%EOF')).toBe(true)
  })

  it('has an xref whose every offset lands on its object', () => {
    expect(parsed.text.slice(parsed.startxref, parsed.startxref + 4)).toBe('xref')
    expect(parsed.offsets).toHaveLength(5)
    expect(parsed.size).toBe(parsed.offsets.length + 1)
    parsed.offsets.forEach((offset, i) => {
      expect(parsed.text.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`)
    })
  })

  it('is one A4 page with Helvetica and a correctly measured content stream', () => {
    expect(parsed.text).toMatch(/\/Type \/Catalog \/Pages 2 0 R/)
    expect(parsed.text).toMatch(/\/Count 1/)
    expect(parsed.text).toMatch(/\/MediaBox \[0 0 595 842\]/)
    expect(parsed.text).toMatch(/\/BaseFont \/Helvetica \/Encoding \/WinAnsiEncoding/)
    expect(/trailer\n<<[^>]*\/Root 1 0 R/.test(parsed.text)).toBe(true)
    expect(Buffer.byteLength(parsed.stream, 'latin1')).toBe(parsed.declaredLength)
  })

  it('shows the agreement text, including the number and reference', () => {
    const lines = shownText(parsed.stream)
    expect(lines.length).toBeGreaterThanOrEqual(10)
    expect(lines[0]).toBe('Agreement on termination of mobile services')
    const all = lines.join('\n')
    for (const value of Object.values(agreement)) expect(all).toContain(value)
    expect(all).toContain('Signed: ____')
  })

  it('escapes parentheses and backslashes and keeps to ASCII', () => {
    const odd = makeAgreementPdf({ ...agreement, holder: 'A (B) \\ C', carrier: 'МТС 📱' })
    const { stream, offsets, text } = parsePdf(odd)
    expect(stream).toContain('(Subscriber: A \\(B\\) \\\\ C) Tj')
    const lines = shownText(stream)
    expect(lines).toContain('Subscriber: A (B) \\ C')
    expect(lines).toContain('Carrier: ??? ?')
    expect([...odd].every((b) => b < 0x80)).toBe(true)
    offsets.forEach((offset, i) => expect(text.startsWith(`${i + 1} 0 obj`, offset)).toBe(true))
  })
})

describe('example receipt PNG', () => {
  const lines = ['MTS STORE #0412', 'DATE 2026-11-01', 'FINAL BALANCE 0.00 RUB', 'PAID']

  it('has the signature and a valid CRC on every chunk', () => {
    const png = makeReceiptPng({ lines })
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    const chunks = readChunks(png)
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND'])
    for (const c of chunks) expect(c.crcOk, c.type).toBe(true)
  })

  it('notices a corrupted byte (the CRC check is real)', () => {
    const png = Buffer.from(makeReceiptPng({ lines }))
    png[20] = png[20]! ^ 0xff // inside IHDR's data
    expect(readChunks(png)[0]!.crcOk).toBe(false)
  })

  it.each([
    [undefined, undefined, 480, 640],
    [200, 120, 200, 120]
  ])('decodes to %s×%s with filter 0 rows', (w, h, width, height) => {
    const png = makeReceiptPng({ lines, width: w, height: h })
    const img = decodePng(png)
    expect(img.width).toBe(width)
    expect(img.height).toBe(height)
    expect(img.raw.length).toBe(height * (1 + width * 3))
    for (let y = 0; y < height; y++) expect(img.raw[y * (1 + width * 3)]).toBe(0)
    expect(img.rgb.some((b) => b !== 0xff)).toBe(true)
  })

  it('paints white paper, a teal header and dark grey text below it', () => {
    const img = decodePng(makeReceiptPng({ lines }))
    expect(pixel(img, 0, 0)).toEqual([0x2f, 0x7a, 0x6d])
    expect(pixel(img, img.width - 1, 10)).toEqual([0x2f, 0x7a, 0x6d])
    expect(pixel(img, img.width - 1, img.height - 1)).toEqual([0xff, 0xff, 0xff])
    const colours = new Set<string>()
    let inkTop = Infinity
    for (let y = 0; y < img.height; y++)
      for (let x = 0; x < img.width; x++) {
        const c = pixel(img, x, y).join(',')
        colours.add(c)
        if (c === '51,51,51') inkTop = Math.min(inkTop, y)
      }
    expect(colours).toEqual(new Set(['255,255,255', '47,122,109', '51,51,51']))
    // the text sits on the paper under the header bar, not on the bar
    let headerBottom = 0
    while (pixel(img, 0, headerBottom).join(',') === '47,122,109') headerBottom++
    expect(headerBottom).toBeGreaterThan(0)
    expect(inkTop).toBeGreaterThan(headerBottom)
    expect(inkTop).toBeLessThan(img.height)
  })

  it('draws lowercase as uppercase and leaves unknown characters blank', () => {
    const upper = decodePng(makeReceiptPng({ lines: ['PAID 0.00'] })).rgb
    const lower = decodePng(makeReceiptPng({ lines: ['paid 0.00'] })).rgb
    expect(lower.equals(upper)).toBe(true)
    const unknown = decodePng(makeReceiptPng({ lines: ['ЖЖ ~~ 😀'] }))
    const blank = decodePng(makeReceiptPng({ lines: [] }))
    expect(unknown.rgb.equals(blank.rgb)).toBe(true)
  })

  it('draws different text differently', () => {
    const a = decodePng(makeReceiptPng({ lines: ['1'] })).rgb
    const b = decodePng(makeReceiptPng({ lines: ['7'] })).rgb
    expect(a.equals(b)).toBe(false)
  })
})
