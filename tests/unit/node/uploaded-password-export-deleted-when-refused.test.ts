import { randomUUID } from 'node:crypto'
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import type { UnlinkerCore } from '../../../src/core/unlinker-core'
import { must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

const EXPORT = join(__dirname, '../../fixtures/exports/bitwarden.json')

async function upload(core: UnlinkerCore): Promise<string> {
  const staged = await core.stageUpload(Readable.from([await readFile(EXPORT)]))
  if (!staged.ok) throw new Error(staged.error.message)
  return staged.data.upload
}

async function folder(): Promise<{ core: UnlinkerCore; data: string }> {
  const data = join(await tempDir(), 'data')
  const core = await openCore(data)
  await must(core, 'createCase', { number: '+79123456789' })
  return { core, data }
}

const incoming = async (data: string): Promise<string[]> =>
  readdir(join(data, 'incoming')).catch(() => [])

describe('an uploaded password export never stays in the data folder', () => {
  it('is deleted as soon as it is read', async () => {
    const { core, data } = await folder()
    const id = await upload(core)
    expect(await incoming(data)).toHaveLength(1)
    const result = await core.call('discoverAccounts', { source: { upload: id } })
    expect(result).toMatchObject({ ok: true })
    expect(await incoming(data)).toEqual([])
    // And it cannot be named again.
    expect(await core.call('discoverAccounts', { source: { upload: id } })).toMatchObject({
      ok: false,
      error: { code: 'notFound' }
    })
  })

  it('is deleted when read as a job, before the job has ended', async () => {
    const { core, data } = await folder()
    const id = await upload(core)
    const result = await core.call('startDiscoverAccounts', { source: { upload: id } })
    expect(result).toMatchObject({ ok: true })
    expect(await incoming(data)).toEqual([])
    // Adding to a number that does not exist is refused, and nothing is left behind.
    const refused = await core.call('addDiscovered', {
      caseId: randomUUID(),
      picks: [{ name: 'Sber', catalogId: 'sber', category: 'bank', usages: [] }]
    })
    expect(refused).toMatchObject({ ok: false, error: { code: 'notFound' } })
    expect(await must(core, 'listAccounts', {})).toEqual([])
  })

  it('is deleted when the job is refused as invalid', async () => {
    const { core, data } = await folder()
    const id = await upload(core)
    const result = await core.call('startDiscoverContacts', {
      source: { upload: id, extra: true }
    } as never)
    expect(result).toMatchObject({ ok: false })
    expect(await incoming(data)).toEqual([])
  })

  it('is deleted when the call is refused as invalid', async () => {
    const { core, data } = await folder()
    const id = await upload(core)
    const result = await core.call('discoverAccounts', {
      source: { upload: id, path: '/etc/passwd' }
    } as never)
    expect(result).toMatchObject({ ok: false, error: { code: 'invalidInput' } })
    expect(await incoming(data)).toEqual([])
  })

  it('is deleted when it is not an export at all', async () => {
    const { core, data } = await folder()
    const staged = await core.stageUpload(Readable.from([Buffer.from('not a password export')]))
    if (!staged.ok) throw new Error(staged.error.message)
    const result = await core.call('discoverAccounts', { source: { upload: staged.data.upload } })
    expect(result).toMatchObject({ ok: false, error: { code: 'badFile' } })
    expect(await incoming(data)).toEqual([])
  })
})
