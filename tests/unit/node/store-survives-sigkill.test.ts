import { spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { scanArchive } from '../../../src/main/core/archive/scan-archive'
import { closeCore, must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

const CHILD = join(__dirname, '../../support/crash-child.ts')
/** Older events move to a new history segment every three writes or so. */
const HISTORY_TAIL = 6

/**
 * Starts the child on the folder, lets it work for a random while after it is ready,
 * then SIGKILLs it. Answers every line of work it acknowledged before dying.
 */
function runAndKill(
  mode: string,
  dataDir: string,
  maxMs: number,
  file?: string
): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', CHILD, mode, dataDir, ...(file ? [file] : [])],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, HISTORY_TAIL: String(HISTORY_TAIL) }
      }
    )
    const acks: string[] = []
    let buffered = ''
    let errors = ''
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), Math.random() * maxMs)
        else if (line.startsWith('ack ')) acks.push(line.slice(4))
      }
    })
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(acks)
      else reject(new Error(`child ended by itself (${code}): ${errors}`))
    })
  })
}

async function checkStore(dataDir: string, mustHave: string[]): Promise<void> {
  const core = await openCore(dataDir, undefined, { historyTail: HISTORY_TAIL })
  const info = await must(core, 'getAppInfo', {})
  expect(info.notices).toEqual([])
  expect(info.recovery).toBeNull()
  const names = new Set((await must(core, 'listAccounts', {})).map((a) => a.name))
  for (const name of mustHave) expect(names).toContain(name)
  // Each acknowledged account's creation is in the history, wherever it now lives.
  const events = await must(core, 'listHistory', { entity: 'account', limit: 10_000 })
  const created = new Set(events.filter((e) => e.action === 'created').map((e) => e.label))
  for (const name of mustHave) expect(created).toContain(name)
  await closeCore(core)
}

describe('a SIGKILL at any moment', () => {
  it('never loses an acknowledged write nor tears the store (200 kills)', async () => {
    const folders = 4
    const killsEach = 50
    let kills = 0
    let acked = 0
    await Promise.all(
      Array.from({ length: folders }, async () => {
        const dataDir = join(await tempDir(), 'data')
        const confirmed: string[] = []
        for (let i = 0; i < killsEach; i++) {
          confirmed.push(...(await runAndKill('writes', dataDir, 80)))
          kills++
          await checkStore(dataDir, confirmed)
        }
        acked += confirmed.length
      })
    )
    expect(kills).toBeGreaterThanOrEqual(200)
    expect(acked).toBeGreaterThan(200)
  }, 600_000)

  it('during a proof import leaves only whole vault files and no record without its file', async () => {
    const root = await tempDir()
    const dataDir = join(root, 'data')
    const file = join(root, 'video.mp4')
    await writeFile(file, Buffer.concat(Array.from({ length: 24 }, () => randomBytes(1024 * 1024))))
    for (let i = 0; i < 12; i++) {
      await runAndKill('import', dataDir, 400, file)
      const core = await openCore(dataDir)
      for (const proof of await must(core, 'listProofs', {})) {
        const bytes = await readFile(join(dataDir, 'vault', proof.sha256))
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(proof.sha256)
      }
      for (const name of await readdir(join(dataDir, 'vault')).catch(() => [])) {
        const bytes = await readFile(join(dataDir, 'vault', name))
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(name)
      }
      expect(await readdir(join(dataDir, 'incoming')).catch(() => [])).toEqual([])
      await closeCore(core)
    }
  }, 300_000)

  it('during an export never leaves a file that looks whole but is not', async () => {
    const root = await tempDir()
    const dataDir = join(root, 'data')
    const file = join(root, 'video.mp4')
    await writeFile(file, Buffer.concat(Array.from({ length: 32 }, () => randomBytes(1024 * 1024))))
    const core = await openCore(dataDir, undefined, { mode: 'electron' })
    const c = await must(core, 'createCase', { number: '+79123456789' })
    await must(core, 'attachProof', {
      ownerType: 'case',
      ownerId: c.id,
      kind: 'other',
      source: { path: file }
    })
    await closeCore(core)
    for (let i = 0; i < 8; i++) await runAndKill('export', dataDir, 600)
    const zips = (await readdir(root)).filter((n) => n.endsWith('.zip'))
    for (const zip of zips) expect((await scanArchive(join(root, zip))).report.intact).toBe(true)
    // Temp files are hidden (.name.partial) and never end in .zip.
    expect(
      (await readdir(root))
        .filter((n) => n.includes('.zip') && !n.endsWith('.zip'))
        .every((n) => n.startsWith('.'))
    ).toBe(true)
  }, 300_000)
})
