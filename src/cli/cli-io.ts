import type { UiLanguage } from '../shared/domain/preferences-values'
import type { Say } from './cli-text'

/**
 * Where a command writes and what it reads from around it. The process gives its own
 * streams, environment and Ctrl-C (process-io.ts); a test gives strings it reads back.
 */
export interface CliIo {
  stdout: Output
  stderr: Output
  env: NodeJS.ProcessEnv
  /**
   * Ctrl-C (or SIGTERM) as a signal, for a command that can stop cleanly: asking for it
   * is what makes Ctrl-C cancel the work in hand; until a command asks, Ctrl-C ends the
   * process as usual.
   */
  interrupts(): AbortSignal
}

export interface Output {
  /**
   * Resolves once the text is handed on, so a long answer reaches a pipe in full before
   * the process exits. A reader that has gone (`| head`) drops the rest quietly.
   */
  write(text: string): Promise<void>
  /** A terminal shows a progress meter; a file or a pipe gets none. */
  readonly isTTY: boolean
}

/** One line of a short answer. */
export function writeLine(output: Output, text: string): Promise<void> {
  return output.write(`${text}\n`)
}

/** Pretty JSON, one document, ending with a newline. */
export function writeJson(output: Output, value: unknown): Promise<void> {
  return output.write(`${JSON.stringify(value, null, 2)}\n`)
}

/** The streams with the language the command line speaks (see cli-language.ts). */
export interface SpokenIo extends CliIo {
  language: UiLanguage
  say: Say
}
