import { randomBytes } from 'node:crypto'
import { readFile, truncate, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { scanArchive } from '../../../src/core/archive/scan-archive'
import { readEntries } from '../../support/crafted-archives'
import { closeCore, must, openCore, runJob } from '../../support/open-core'
import { unlinker } from '../../support/run-cli'
import { tempDir } from '../../support/temp-dir'

const options = { mode: 'electron' as const, kdf: { N: 1024, r: 8, p: 1 } }

/** A folder with the example and three more proofs, one of them missing, one truncated, one altered. */
async function damagedFolder(encrypted: boolean) {
  const dir = await tempDir()
  const data = join(dir, 'data')
  const core = await openCore(data, undefined, options)
  await must(core, 'loadExampleData', {})
  if (encrypted) await must(core, 'enableEncryption', { passphrase: 'correct horse battery' })
  const [c] = await must(core, 'listCases', {})
  const proofs = []
  for (const name of ['gone.jpg', 'cut.pdf', 'flipped.png']) {
    const file = join(dir, name)
    await writeFile(file, randomBytes(40_000))
    proofs.push(
      await must(core, 'attachProof', {
        ownerType: 'case',
        ownerId: c!.id,
        kind: 'other',
        source: { path: file }
      })
    )
  }
  const [gone, cut, flipped] = proofs as [
    (typeof proofs)[0],
    (typeof proofs)[0],
    (typeof proofs)[0]
  ]
  await unlink(join(data, 'vault', gone.sha256))
  await truncate(join(data, 'vault', cut.sha256), 1000)
  const path = join(data, 'vault', flipped.sha256)
  const bytes = await readFile(path)
  bytes[bytes.length - 100]! ^= 0x01
  await writeFile(path, bytes)
  return { dir, data, core, gone, cut, flipped }
}

describe('an export with damaged or missing proofs', () => {
  for (const encrypted of [false, true])
    it(`holds every intact record and proof and names the others (${encrypted ? 'encrypted' : 'plain'} folder)`, async () => {
      const { dir, core, gone, cut, flipped } = await damagedFolder(encrypted)
      const job = await runJob(core, must(core, 'startExport', { language: 'ru' }))
      expect(job.state).toBe('done')
      if (job.kind !== 'export' || !job.result) throw new Error('no export')
      expect(job.result.leftOut).toEqual(
        expect.arrayContaining([
          { proofId: gone.id, name: 'gone.jpg', problem: 'missing' },
          { proofId: cut.id, name: 'cut.pdf', problem: 'damaged' },
          { proofId: flipped.id, name: 'flipped.png', problem: 'damaged' }
        ])
      )
      expect(job.result.leftOut).toHaveLength(3)
      expect(job.result.files).toBe(2)
      expect(job.result.verified.intact).toBe(true)
      // Nobody reads OpenSSL's or the file system's own words.
      expect(JSON.stringify(job)).not.toMatch(/ENOENT|auth|decipher|unsupported state/i)

      const scanned = await scanArchive(job.result.path)
      expect(scanned.report.intact).toBe(true)
      expect(scanned.manifest?.records.proofs.map((p) => p.originalName).sort()).toEqual([
        'MTS termination agreement.pdf',
        'receipt.png'
      ])
      expect(scanned.manifest?.records.accounts).toHaveLength(12)
      const report = (await readEntries(job.result.path))
        .find((e) => e.name.endsWith('report.html'))!
        .data.toString('utf8')
      expect(report).toContain('3 документа не вошли в этот архив')
      expect(report).toContain('gone.jpg: файла нет в папке данных')
      expect(report).toContain('flipped.png: файл повреждён')
      void dir
    })

  it('makes the command line name them and exit 4, with the rest written', async () => {
    const { dir, data, core } = await damagedFolder(false)
    await closeCore(core)
    const out = join(dir, 'proofs.zip')
    const answer = await unlinker('export', '--data', data, '--out', out)
    expect(answer.code).toBe(4)
    expect(answer.out).toContain('Left out 3 proofs whose files could not be read')
    // Each named with what is wrong, in the words the app's page uses.
    expect(answer.out).toContain('  missing from the data folder: gone.jpg')
    expect(answer.out).toContain('  damaged: flipped.png')
    expect(answer.out).toContain('Checked: every file matches SHA256SUMS and the manifest.')
    expect((await scanArchive(out)).report.intact).toBe(true)
  })
})
