import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { version } from '../../package.json'

/**
 * The built renderer, out/renderer. The CLI is bundled to out/main/cli.js, but this file
 * may land in a shared chunk (out/main/chunks/) once commands are imported lazily, so
 * the folder is looked for one level further up too.
 */
export const RENDERER_DIR =
  [join(__dirname, '../renderer'), join(__dirname, '../../renderer')].find((dir) =>
    existsSync(join(dir, 'index.html'))
  ) ?? join(__dirname, '../renderer')
export const APP_VERSION: string = version
