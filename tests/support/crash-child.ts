// A process doing real work on a data folder until it is killed. It prints one line per
// piece of work the core acknowledged, so the parent knows what must survive a SIGKILL.
// Usage: node --import tsx crash-child.ts MODE DATA_DIR [FILE]
// HISTORY_TAIL=n in the environment keeps the store's own history that short, so that
// older events move to segments every few writes.
//   MODE writes: creates accounts, one per call   → "ack <name>"
//   MODE import: attaches FILE again and again    → "ack <proof id>"
//   MODE export: exports to DATA_DIR/../out-N.zip → "ack <path>"
//   MODE encrypt: turns encryption on once      → "ack <milliseconds it took>", then waits
//   MODE unlock: unlocks (finishing a cut-short sealing) once → the same
import { UnlinkerCore } from '../../src/core/unlinker-core'
import { CRASH_PASSPHRASE } from './kill-child'

/** scrypt made cheap for tests. */
const CHEAP_KDF = { N: 1024, r: 8, p: 1 }

async function main(): Promise<void> {
  const [mode, dataDir, file] = process.argv.slice(2)
  if (!mode || !dataDir) throw new Error('usage: crash-child MODE DATA_DIR [FILE]')
  const historyTail = Number(process.env.HISTORY_TAIL) || undefined
  const core = await UnlinkerCore.open({
    dataDir,
    mode: 'electron',
    version: 'crash-test',
    historyTail,
    kdf: CHEAP_KDF
  })
  const say = (line: string): boolean => process.stdout.write(`${line}\n`)
  if (mode === 'encrypt' || mode === 'unlock') {
    say('ready')
    const started = Date.now()
    const answer =
      mode === 'encrypt'
        ? await core.invoke('enableEncryption', { passphrase: CRASH_PASSPHRASE })
        : await core.invoke('unlock', { passphrase: CRASH_PASSPHRASE, remember: false })
    if (!answer.ok) throw new Error(answer.error.message)
    say(`ack ${Date.now() - started}`)
    // Done before the kill: wait for it, as the other modes never end by themselves.
    setInterval(() => undefined, 60_000)
    return
  }
  const cases = await core.invoke('listCases', {})
  let caseId = cases.ok ? cases.data[0]?.id : undefined
  if (!caseId) {
    const created = await core.invoke('createCase', { number: '+79123456789' })
    if (!created.ok) throw new Error(created.error.message)
    caseId = created.data.id
  }
  // Ready only once the number exists: reading the case list first loads the knowledge
  // base (40-70 ms idle, more on a loaded machine), and a kill meant to land among the
  // writes would otherwise land before the first one every time.
  say('ready')
  for (let n = 0; ; n++) {
    if (mode === 'writes') {
      const name = `acct-${process.pid}-${n}`
      const result = await core.call('createAccount', { name, caseId })
      if (!result.ok) throw new Error(result.error.message)
      say(`ack ${name}`)
    } else if (mode === 'import') {
      const result = await core.call('attachProof', {
        ownerType: 'case',
        ownerId: caseId,
        kind: 'other',
        source: { path: file }
      })
      if (!result.ok) throw new Error(result.error.message)
      say(`ack ${(result.data as { id: string }).id}`)
    } else {
      const out = `${dataDir}/../out-${process.pid}-${n}.zip`
      await core.archives.exportTo(out, 'en')
      say(`ack ${out}`)
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
  process.exit(1)
})
