import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { chromium, type Browser } from '@playwright/test'
import { chromiumLaunchOptions } from '../tests/support/chromium'

const ROOT = join(__dirname, '..')

/**
 * Serves a data folder in web mode, as `unlinker serve` does; answers the printed URL and
 * a stop that resolves once the server has exited (so its folder can be removed).
 */
export async function serve(
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'out/main/cli.js'), 'serve', '--data', dataDir, '--no-open'],
    { env }
  )
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const url = await new Promise<string>((resolve, reject) => {
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      // The address by its form: serve speaks the folder's (or the environment's) language.
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(output)
      if (match?.[1]) resolve(match[1])
    })
    child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${output}`)))
  })
  return {
    url,
    stop: async () => {
      child.kill('SIGINT')
      await exited
    }
  }
}

/** Chromium as the tests launch it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions)
}
