import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const PRELOAD = join(__dirname, '..', 'out/preload/index.js')

/**
 * The size of the built preload, which every window reads and runs before its page: it
 * carries the method names and the bridge, never a schema library (see
 * tests/unit/node/preload-carries-no-schemas.test.ts). Needs `npm run build`.
 */
export async function preloadBench(): Promise<Record<string, number>> {
  const bytes = await readFile(PRELOAD)
  return { preload_js_kb: bytes.length / 1024, preload_js_gzip_kb: gzipSync(bytes).length / 1024 }
}
