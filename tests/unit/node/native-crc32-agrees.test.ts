import { randomBytes } from 'node:crypto'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { useNativeCrc32 } from '../../../src/core/archive/native-crc32'

/** CRC-32 (IEEE) bit by bit: slow, obvious, and independent of both implementations. */
function referenceCrc32(bytes: Buffer, previous = 0): number {
  let crc = ~previous >>> 0
  for (const byte of bytes) {
    crc ^= byte
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1
  }
  return ~crc >>> 0
}

describe('the CRC-32 yazl uses for exports', () => {
  it('gives the same values as the reference once made native, in one go and chunk by chunk', () => {
    useNativeCrc32()
    const here = createRequire(import.meta.url)
    const yazlCopy = createRequire(here.resolve('yazl'))('buffer-crc32') as {
      unsigned: (b: Buffer, p?: number) => number
    }
    for (const size of [0, 1, 7, 4096, 100_003]) {
      const bytes = randomBytes(size)
      expect(yazlCopy.unsigned(bytes)).toBe(referenceCrc32(bytes))
      const half = Math.floor(size / 2)
      const chained = yazlCopy.unsigned(
        bytes.subarray(half),
        yazlCopy.unsigned(bytes.subarray(0, half))
      )
      expect(chained).toBe(referenceCrc32(bytes))
    }
    expect(yazlCopy.unsigned(Buffer.from('123456789'))).toBe(0xcbf43926)
  })
})
