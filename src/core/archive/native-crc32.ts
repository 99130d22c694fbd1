import { createRequire } from 'node:module'
import * as zlib from 'node:zlib'

interface Crc32Module {
  unsigned: (input: Buffer | string, previous?: number) => number
}

let installed = false

/**
 * yazl computes each entry's CRC-32 with buffer-crc32, byte by byte in JavaScript
 * (about 400 MB/s here); Node's zlib.crc32 is native (about 4.5 GB/s) and gives the same
 * numbers. Handing yazl's own copy of buffer-crc32 the native function keeps CRC from
 * being the slowest step of an export. Node releases without zlib.crc32 keep the original.
 */
export function useNativeCrc32(): void {
  if (installed || typeof zlib.crc32 !== 'function') return
  const fromHere = createRequire(import.meta.url)
  const fromYazl = createRequire(fromHere.resolve('yazl'))
  const module = fromYazl('buffer-crc32') as Crc32Module
  const original = module.unsigned
  module.unsigned = (input, previous) =>
    Buffer.isBuffer(input) && (previous === undefined || typeof previous === 'number')
      ? zlib.crc32(input, previous ?? 0)
      : original(input, previous)
  installed = true
}
