// Web mode on a data folder whose disk fills up once the server is running: prints
// "full" when it is, then waits for a signal like `unlinker serve` does.
// Usage: node --import tsx full-disk-serve.ts DATA_DIR
import { serve } from '../../src/cli/serve'
import { fillDisk } from './full-disk'

async function main(): Promise<void> {
  const [dataDir] = process.argv.slice(2)
  if (!dataDir) throw new Error('usage: full-disk-serve DATA_DIR')
  await serve({ dataDir, port: 0, open: false })
  fillDisk(dataDir)
  process.stdout.write('full\n')
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
  process.exit(1)
})
