import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * The text of a PDF (or of pages `first` to `last`) as poppler's pdftotext reads it, with
 * every space and line break removed: a hash wrapped across two lines of its cell reads
 * whole again, and so does "Page 3 of 7".
 */
export function pdfText(pdf: Buffer, pages: { first?: number; last?: number } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'unlinker-pdf-'))
  try {
    const file = join(dir, 'printed.pdf')
    writeFileSync(file, pdf)
    const range = [
      ...(pages.first ? ['-f', String(pages.first)] : []),
      ...(pages.last ? ['-l', String(pages.last)] : [])
    ]
    return execFileSync('pdftotext', [...range, file, '-'])
      .toString()
      .replace(/\s+/g, '')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** How many pages a PDF has, as pdfinfo counts them. */
export function pdfPages(pdf: Buffer): number {
  const dir = mkdtempSync(join(tmpdir(), 'unlinker-pdf-'))
  try {
    const file = join(dir, 'printed.pdf')
    writeFileSync(file, pdf)
    const info = execFileSync('pdfinfo', [file]).toString()
    return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
