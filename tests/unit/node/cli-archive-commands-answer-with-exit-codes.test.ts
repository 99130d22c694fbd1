import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { closeCore, must, openCore } from '../../support/open-core'
import { unlinker, unlinkerWith } from '../../support/run-cli'

it('the command line exports, verifies and restores with exit codes scripts can trust', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'unlinker-cli-'))
  try {
    const data = join(dir, 'data')
    const archive = join(dir, 'proofs.zip')
    expect(await unlinker('demo', '--data', data)).toMatchObject({ code: 0 })
    expect((await unlinker('demo', '--data', data)).code).toBe(1)

    const exported = await unlinker('export', '--data', data, '--out', archive, '--lang', 'ru')
    expect(exported.code).toBe(0)
    // --lang is the language of the archive's report and of what the command says.
    expect(exported.out).toContain('2 файла доказательств')

    const verified = await unlinker('verify', archive)
    expect(verified).toMatchObject({ code: 0 })
    // The manifest, the report, the statement, two proofs and the checksums.
    expect(verified.out).toMatch(/^Intact: 6 files/)

    const bytes = await readFile(archive)
    const at = bytes.indexOf(Buffer.from('Agreement on termination'))
    bytes[at]! ^= 0x01
    const damaged = join(dir, 'damaged.zip')
    await writeFile(damaged, bytes)
    const broken = await unlinker('verify', damaged)
    expect(broken.code).toBe(4)
    expect(broken.out).toMatch(/altered: proofs\/79165550123\/agreement-.*\.pdf/)

    await writeFile(join(dir, 'junk.zip'), 'no zip here')
    expect((await unlinker('verify', join(dir, 'junk.zip'))).code).toBe(5)

    const restored = await unlinker('restore', archive, '--data', join(dir, 'copy'), '--replace')
    expect(restored).toMatchObject({ code: 0 })
    expect(restored.out).toContain('12 accounts')
    expect((await unlinker('restore', damaged, '--data', join(dir, 'copy2'))).code).toBe(5)
    expect((await unlinker('export', '--data', data)).code).toBe(2)

    // A torn store: every command refuses with 6 and says how to recover; recover fixes it.
    const store = join(data, 'unlinker.json')
    await writeFile(store, (await readFile(store, 'utf8')).slice(0, 200))
    const refused = await unlinker('export', '--data', data, '--out', join(dir, 'x.zip'))
    expect(refused.code).toBe(6)
    expect(refused.err).toContain('unlinker recover --data')
    const recovered = await unlinker('recover', '--data', data)
    expect(recovered).toMatchObject({ code: 0 })
    expect(recovered.out).toMatch(/^Restored unlinker-.*-daily\.json/)
    expect((await unlinker('export', '--data', data, '--out', join(dir, 'y.zip'))).code).toBe(0)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})

it('an encrypted folder needs UNLINKER_PASSPHRASE, and its export is flagged as unencrypted', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'unlinker-cli-'))
  try {
    const data = join(dir, 'data')
    // The example, encrypted as a user would in Settings.
    const core = await openCore(data, undefined, { kdf: { N: 1024, r: 8, p: 1 } })
    await must(core, 'loadExampleData', {})
    await must(core, 'enableEncryption', { passphrase: 'river stone lamp' })
    await closeCore(core)
    const out = join(dir, 'a.zip')
    expect((await unlinker('export', '--data', data, '--out', out)).code).toBe(7)
    expect(
      (
        await unlinkerWith(
          { env: { UNLINKER_PASSPHRASE: 'wrong' } },
          'export',
          '--data',
          data,
          '--out',
          out
        )
      ).code
    ).toBe(7)
    const ok = await unlinkerWith(
      { env: { UNLINKER_PASSPHRASE: 'river stone lamp' } },
      'export',
      '--data',
      data,
      '--out',
      out
    )
    expect(ok.code).toBe(0)
    expect(ok.err).toContain('NOT encrypted')
    expect((await unlinker('verify', out)).code).toBe(0)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
