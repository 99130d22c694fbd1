// One export in its own process, so its peak memory is the export's own.
// Usage: tsx bench/export-child.ts DATA_DIR DESTINATION
import { exportArchive } from '../src/core/archive/export-archive'
import { openStore } from '../src/core/store/open-store'
import { Vault } from '../src/core/vault/vault'

async function main(): Promise<void> {
  const [dataDir, destination] = process.argv.slice(2)
  if (!dataDir || !destination) throw new Error('usage: export-child DATA_DIR DESTINATION')
  const store = await openStore(dataDir)
  const start = process.hrtime.bigint()
  const result = await exportArchive({
    data: store.db.data,
    vault: new Vault(dataDir),
    destination,
    appVersion: 'bench',
    language: 'en',
    now: new Date()
  })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  // maxRSS is in kilobytes.
  const peakRssMb = process.resourceUsage().maxRSS / 1024
  process.stdout.write(JSON.stringify({ ms, peakRssMb, bytes: result.bytes }))
}

main().catch((error: unknown) => {
  process.stderr.write(String(error))
  process.exit(1)
})
