import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  dataRange,
  readEntries,
  withDeclaredSize,
  writeBytes,
  writeZip
} from '../../support/crafted-archives'
import { unlinker } from '../../support/run-cli'
import { tempDir } from '../../support/temp-dir'

/** The example data exported by the command line: a real archive to damage. */
async function realExport(dir: string): Promise<string> {
  const archive = join(dir, 'proofs.zip')
  expect((await unlinker('demo', '--data', join(dir, 'data'))).code).toBe(0)
  expect((await unlinker('export', '--data', join(dir, 'data'), '--out', archive)).code).toBe(0)
  return archive
}

describe('the command line on damaged archives', () => {
  it('verify answers 4 or 5 with a message for every flipped byte in the compressed manifest', async () => {
    const dir = await tempDir()
    const bytes = await readFile(await realExport(dir))
    const { start, end } = dataRange(bytes, 'manifest.json')
    const path = join(dir, 'flipped.zip')
    const codes = new Set<number>()
    // Six flips from the middle on: most break the deflate stream, some only the text.
    for (let at = Math.floor((start + end) / 2), n = 0; n < 6 && at < end; at += 7, n++) {
      const copy = Buffer.from(bytes)
      copy[at]! ^= 0x10
      await writeBytes(path, copy)
      const result = await unlinker('verify', path)
      expect([4, 5]).toContain(result.code)
      expect(result.err).not.toMatch(/Unhandled|^\s+at /m)
      if (result.code === 5) expect(result.err).toMatch(/^unlinker: The archive is damaged/)
      else expect(result.out).toMatch(/^NOT intact/)
      codes.add(result.code)
    }
    expect(codes.has(5)).toBe(true)
  })

  it('restore of an entry that lies about its size exits 5 and leaves nothing in incoming/', async () => {
    const dir = await tempDir()
    const entries = await readEntries(await realExport(dir))
    // Deflated, as another zip tool writes it; the receipt then claims 100 bytes.
    const deflated = join(dir, 'deflated.zip')
    await writeZip(deflated, entries)
    expect((await unlinker('verify', deflated)).code).toBe(0)
    const receipt = entries.find((e) => e.name.endsWith('.png'))!
    expect(receipt.data.length).toBeGreaterThan(1000)
    const lying = await writeBytes(
      join(dir, 'lying.zip'),
      withDeclaredSize(await readFile(deflated), receipt.name, 100)
    )
    const target = join(dir, 'target')
    const result = await unlinker('restore', lying, '--data', target)
    expect(result.code).toBe(5)
    expect(result.err).toMatch(/^unlinker: The archive is damaged or unsafe: too many bytes/)
    expect(result.err).not.toMatch(/Unhandled|^\s+at /m)
    expect(await readdir(join(target, 'incoming')).catch(() => [])).toEqual([])
    expect(await readdir(target)).not.toContain('unlinker.lock')
  })

  it('refuses an archive holding manifest.json twice with exit 5', async () => {
    const dir = await tempDir()
    const entries = await readEntries(await realExport(dir))
    const twice = join(dir, 'twice.zip')
    await writeZip(twice, [...entries, entries.find((e) => e.name === 'manifest.json')!])
    const verified = await unlinker('verify', twice)
    expect(verified.code).toBe(5)
    expect(verified.err).toContain('manifest.json twice')
    expect((await unlinker('restore', twice, '--data', join(dir, 'target'))).code).toBe(5)
  })
})
