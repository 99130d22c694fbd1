import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { must, openCore, runJob } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

async function vaultFiles(dir: string): Promise<string[]> {
  return (await readdir(join(dir, 'vault'), { recursive: true }).catch(() => [])).map(String)
}

describe('example data', () => {
  it('is marked on every record it creates, and its answer names what the dashboard leaves out', async () => {
    const core = await openCore(await tempDir())
    expect(await must(core, 'loadExampleData', {})).toEqual({ accounts: 12, notNeeded: 1 })
    const records = [
      ...(await must(core, 'listCases', {})),
      ...(await must(core, 'listAccounts', {})),
      ...(await must(core, 'listPeople', {})),
      ...(await must(core, 'listProofs', {}))
    ]
    expect(records.length).toBe(1 + 12 + 2 + 2)
    expect(records.every((r) => r.example === true)).toBe(true)
  })

  it('goes in one action, all of it and only it: the user’s own records stay', async () => {
    const dir = await tempDir()
    const core = await openCore(dir)
    await must(core, 'loadExampleData', {})
    const [exampleCase] = await must(core, 'listCases', {})
    expect((await vaultFiles(dir)).length).toBeGreaterThan(0)
    // One of the user's own, added while the example's number was the only one.
    const mine = await must(core, 'createAccount', { name: 'My bank', category: 'bank' })
    expect(mine.caseId).toBe(exampleCase!.id)
    expect(mine.example).toBeUndefined()
    const own = await must(core, 'createCase', { number: '+7 925 123-45-67', country: 'RU' })
    const person = await must(core, 'createPerson', { name: 'Anna', caseId: own.id })

    expect(await must(core, 'removeExampleData', {})).toEqual({
      cases: 0,
      accounts: 12,
      people: 2,
      proofs: 2
    })
    expect((await must(core, 'listAccounts', {})).map((a) => a.name)).toEqual(['My bank'])
    expect((await must(core, 'listPeople', {})).map((p) => p.id)).toEqual([person.id])
    expect(await must(core, 'listProofs', {})).toEqual([])
    expect(await vaultFiles(dir)).toEqual([])
    const cases = await must(core, 'listCases', {})
    expect(cases.map((c) => c.id).sort()).toEqual([exampleCase!.id, own.id].sort())
    // The example's number stays only as an empty one holding the user's account.
    const kept = cases.find((c) => c.id === exampleCase!.id)!
    expect(kept).toMatchObject({ number: null, carrier: '', reference: '', notes: '' })
    expect(kept.example).toBeUndefined()
    expect(cases.find((c) => c.id === own.id)!.number).toBe('+79251234567')

    const again = await core.call('removeExampleData', {})
    expect(again.ok).toBe(false)
  })

  it('keeps its mark through an export and a restore into another folder, so it can still be removed', async () => {
    const first = await openCore(await tempDir())
    await must(first, 'loadExampleData', {})
    const job = await runJob(first, must(first, 'startExport', { language: 'en' }))
    if (job.kind !== 'export' || !job.result) throw new Error(`export ${job.state}`)
    const archive = job.result.path

    const other = await openCore(await tempDir(), undefined, { mode: 'electron' })
    const restored = await runJob(other, must(other, 'startRestore', { source: { path: archive } }))
    expect(restored.state).toBe('done')
    const accounts = await must(other, 'listAccounts', {})
    expect(accounts.length).toBe(12)
    expect(accounts.every((a) => a.example)).toBe(true)
    await must(other, 'removeExampleData', {})
    expect(await must(other, 'listAccounts', {})).toEqual([])
  })
})
