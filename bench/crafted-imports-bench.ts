import { execFile } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  bigValuesSmsDb,
  computedSmsDb,
  inflating1pux,
  inflatingDashlaneZip,
  longTagSmsXml
} from '../tests/support/crafted-imports'

const MB = 1024 * 1024

/**
 * The crafted imports of the tests, each read by the built command line (`unlinker
 * discover FILE --json`, so the worker is the app's own bundle) in its own process: its
 * peak memory (worker included) and its exit code, 5 for a file refused as bad. The ZIPs
 * and the XML are as large as the attacks that were found (five CSVs of 250 MB in a
 * Dashlane ZIP, a 250 MB export.data, a 70 MB tag), larger than the tests need.
 */
export async function craftedImportsBench(): Promise<Record<string, number>> {
  const root = await mkdtemp(join(tmpdir(), 'unlinker-bench-crafted-'))
  const cli = join(__dirname, '../out/main/cli.js')
  try {
    const files: Array<[string, string, (path: string) => Promise<void>]> = [
      ['smsDbComputed', 'sms.db', async (path) => writeFile(path, await computedSmsDb('message'))],
      ['smsDbBigRows', 'big-rows.db', (path) => bigValuesSmsDb(path, 3, 16)],
      ['dashlaneZip', 'dashlane.zip', (path) => inflatingDashlaneZip(path, 250)],
      ['onepux', 'export.1pux', (path) => inflating1pux(path, 250)],
      ['xmlLongTag', 'sms.xml', (path) => longTagSmsXml(path, 70)]
    ]
    const figures: Record<string, number> = {}
    for (const [name, fileName, make] of files) {
      const file = join(root, fileName)
      await make(file)
      const { code, peakRssMb } = await discover(cli, file, join(root, `data-${name}`))
      figures[`crafted.${name}.peakRssMB`] = peakRssMb
      figures[`crafted.${name}.exitCode`] = code
    }
    const worst = (prefix: string): number =>
      Math.max(
        ...Object.entries(figures)
          .filter(([key]) => key.startsWith(`crafted.${prefix}`) && key.endsWith('peakRssMB'))
          .map(([, value]) => value)
      )
    figures['crafted.worstSmsDb.peakRssMB'] = worst('smsDb')
    figures['crafted.worstZip.peakRssMB'] = Math.max(worst('dashlane'), worst('onepux'))
    figures['crafted.worstXml.peakRssMB'] = worst('xml')
    return figures
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

function discover(
  cli: string,
  file: string,
  dataDir: string
): Promise<{ code: number; peakRssMb: number }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [
        '--require',
        join(__dirname, 'peak-rss.cjs'),
        cli,
        'discover',
        file,
        '--data',
        dataDir,
        '--json'
      ],
      { maxBuffer: 16 * MB },
      (error, _stdout, stderr) => {
        const last = stderr.trim().split('\n').pop() ?? '{}'
        const { peakRssMb } = JSON.parse(last) as { peakRssMb: number }
        resolve({ code: error ? Number(error.code) : 0, peakRssMb })
      }
    )
  })
}
