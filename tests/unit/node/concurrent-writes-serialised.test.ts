import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DurableTextFile } from '../../../src/core/store/durable-text-file'
import { STORE_FILE } from '../../../src/core/store/open-store'
import { must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

describe('concurrent writes', () => {
  it('keep every acknowledged change when 100 changes race', async () => {
    const dir = await tempDir()
    const core = await openCore(dir)
    const created = await Promise.all(
      Array.from({ length: 100 }, (_, i) => must(core, 'createAccount', { name: `Service ${i}` }))
    )
    const stored = JSON.parse(await readFile(join(dir, STORE_FILE), 'utf8'))
    expect(stored.accounts.map((a: { id: string }) => a.id).sort()).toEqual(
      created.map((a) => a.id).sort()
    )
  })

  it('are coalesced: the file is replaced fewer times than it was asked to, ending with the newest text', async () => {
    const dir = await tempDir()
    const file = new DurableTextFile(join(dir, 'x.json'))
    await Promise.all(Array.from({ length: 50 }, (_, i) => file.write(JSON.stringify({ i }))))
    expect(await file.read()).toBe(JSON.stringify({ i: 49 }))
    expect(file.writes).toBeLessThan(50)
    expect(file.writes).toBeGreaterThanOrEqual(2)
  })

  it('report a failed write to every waiting caller', async () => {
    const dir = await tempDir()
    const file = new DurableTextFile(join(dir, 'missing-folder', 'x.json'))
    const results = await Promise.allSettled([file.write('a'), file.write('b'), file.write('c')])
    expect(results.every((r) => r.status === 'rejected')).toBe(true)
  })
})
