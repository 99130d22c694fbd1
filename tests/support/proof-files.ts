import { randomBytes } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { makeAgreementPdf, makeReceiptPng } from '../../src/core/example-data/example-files'

/** Real files a user would attach: a PDF, a PNG and a JPEG-sized blob of bytes. */
export async function writeProofFiles(
  dir: string
): Promise<{ pdf: string; png: string; photo: string }> {
  const pdf = join(dir, 'Договор расторжения.pdf')
  const png = join(dir, '收据.png')
  const photo = join(dir, 'IMG_0001.jpg')
  await writeFile(
    pdf,
    makeAgreementPdf({
      number: '+7 912 345-67-89',
      carrier: 'MTS',
      reference: 'R-1',
      date: '2026-11-01',
      holder: 'Test'
    })
  )
  await writeFile(png, makeReceiptPng({ lines: ['PAID 0.00'] }))
  await writeFile(
    photo,
    Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(300_000)])
  )
  return { pdf, png, photo }
}
