import { join } from 'node:path'
import { version } from '../../package.json'

/** The CLI is bundled to out/main/cli.js; the built renderer sits in out/renderer. */
export const RENDERER_DIR = join(__dirname, '../renderer')
export const APP_VERSION: string = version
