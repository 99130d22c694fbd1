import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { cpus, totalmem } from 'node:os'
import { catalogBench } from './catalog-bench'
import { cliBench } from './cli-bench'
import { craftedImportsBench } from './crafted-imports-bench'
import { exportBench } from './export-bench'
import { preloadBench } from './preload-bench'
import { smsBench } from './sms-bench'
import { storeBench } from './store-bench'
import { uiBench } from './ui-bench'

/** `npm run bench`: every benchmark (or those named), a table, and bench-results/latest.json. */
async function main(): Promise<void> {
  const figures: Record<string, number> = {}
  const benches: Array<[string, () => Promise<Record<string, number>>]> = [
    ['store', storeBench],
    ['export', exportBench],
    ['ui', uiBench],
    ['preload', preloadBench],
    ['catalog', catalogBench],
    ['sms', smsBench],
    ['crafted', craftedImportsBench],
    ['cli', cliBench]
  ]
  // `npm run bench -- ui` runs only the named benchmarks.
  const only = process.argv.slice(2)
  for (const [name, bench] of benches) {
    if (only.length > 0 && !only.includes(name)) continue
    process.stdout.write(`running ${name}…\n`)
    Object.assign(figures, await bench())
  }
  const rows = Object.entries(figures).map(([name, value]) => `${name.padEnd(32)} ${round(value)}`)
  process.stdout.write(`\n${'figure'.padEnd(32)} value\n${rows.join('\n')}\n`)
  const notes = {
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    at: new Date().toISOString()
  }
  await mkdir('bench-results', { recursive: true })
  // A partial run updates its own figures and keeps the others from the last full one.
  const previous: Record<string, unknown> =
    only.length > 0
      ? JSON.parse(await readFile('bench-results/latest.json', 'utf8').catch(() => '{}'))
      : {}
  await writeFile(
    'bench-results/latest.json',
    JSON.stringify({ ...previous, ...figures, machine: notes }, null, 2)
  )
}

function round(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(3)
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
  process.exit(1)
})
