import { mkdtemp, open, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { syncFolder } from '../src/core/replace-file'
import { STORE_FILE } from '../src/core/store/open-store'
import { UnlinkerCore } from '../src/core/unlinker-core'
import { bigStore } from './big-store'
import { median, paired, timeIt } from './measure'

export { bigStore }

async function plainDurableWrite(path: string, text: string): Promise<void> {
  const temp = `${path}.baseline.tmp`
  const file = await open(temp, 'w')
  await file.writeFile(text)
  await file.sync()
  await file.close()
  await rename(temp, path)
  await syncFolder(join(path, '..'))
}

export async function storeBench(): Promise<Record<string, number>> {
  const dir = await mkdtemp(join(tmpdir(), 'unlinker-bench-store-'))
  try {
    const data = bigStore(10_000, 100_000)
    const text = JSON.stringify(data)
    await writeFile(join(dir, STORE_FILE), text)

    const options = { dataDir: dir, mode: 'web' as const, version: 'bench' }
    // The first open moves the older events into a history segment, once.
    const firstOpenMs = await timeIt(async () => (await UnlinkerCore.open(options)).close())
    // Opening against the floor of any opening: reading the same bytes and parsing them.
    // Alternated, so both see the same machine weather; the ratio holds on a busy machine.
    const floor: number[] = []
    const opens: number[] = []
    for (let round = 0; round < 5; round++) {
      floor.push(
        await timeIt(async () => JSON.parse(await readFile(join(dir, STORE_FILE), 'utf8')))
      )
      let core: UnlinkerCore | null = null
      opens.push(
        await timeIt(async () => {
          core = await UnlinkerCore.open(options)
        })
      )
      await (core as unknown as UnlinkerCore).close()
    }
    const openMs = median(opens)
    const readParseMs = median(floor)
    const opened = await UnlinkerCore.open(options)
    const ids = data.accounts.map((a) => a.id)

    let i = 0
    const changeOne = async (): Promise<void> => {
      const result = await opened.call('updateAccount', {
        id: ids[i++]!,
        patch: { notes: `note ${i}` }
      })
      if (!result.ok) throw new Error(result.error.message)
    }
    const write = await paired(
      15,
      () => plainDurableWrite(join(dir, 'baseline.json'), JSON.stringify(data)),
      changeOne
    )

    // The floor for what a change now rewrites: the store file's own bytes, without the
    // older history that lives in segments.
    const own = JSON.parse(await readFile(join(dir, STORE_FILE), 'utf8')) as unknown
    const ownWrite = await paired(
      15,
      () => plainDurableWrite(join(dir, 'baseline.json'), JSON.stringify(own)),
      changeOne
    )

    const before = opened.diskWrites
    const marked = await opened.call('setAccountStatus', {
      ids: ids.slice(0, 500),
      status: 'unlinked'
    })
    if (!marked.ok) throw new Error(marked.error.message)
    const bulkWrites = opened.diskWrites - before
    await opened.close()

    return {
      store_write_ratio_10k: write.ratio,
      store_write_ms_10k: write.subjectMs,
      store_write_baseline_ms_10k: write.baselineMs,
      store_bytes_10k: Buffer.byteLength(text),
      store_write_own_bytes_ratio_10k: ownWrite.ratio,
      store_file_bytes_10k: Buffer.byteLength(JSON.stringify(own)),
      store_open_ms_10k: openMs,
      store_read_parse_ms_10k: readParseMs,
      store_open_ratio_10k: openMs / readParseMs,
      store_first_open_ms_10k: firstOpenMs,
      bulk_mark_500_writes: bulkWrites
    }
  } finally {
    await rm(dir, { recursive: true, force: true, maxRetries: 5 })
  }
}
