import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import type { Phase } from '../../src/shared/domain/phase'

/**
 * The critical accounts a seeded number has (a takeover path, and money, identity or
 * e-mail at stake), in the order the plan puts them: the mailbox first, then money, then
 * the state portal.
 */
export const CRITICAL = ['Gmail', 'Sber', 'T-Bank', 'Gosuslugi'] as const
/** A messenger that signs in by SMS: a takeover path without those stakes, so high. */
export const HIGH = 'Telegram' as const

export type SeededPhase = Phase | 'empty' | 'finished'

/**
 * Fills a data folder with one number in a phase (see phase-cases.ts), through the core
 * in a child process, with dates relative to today. The server must not be running.
 */
export function seedPhaseFolder(dataDir: string, phase: SeededPhase): void {
  const root = join(__dirname, '../..')
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/tsx/dist/cli.mjs'),
      join(__dirname, 'phase-cases.ts'),
      dataDir,
      phase
    ],
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] }
  )
}
