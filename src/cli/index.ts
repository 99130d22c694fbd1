// The `unlinker` process: the command line with this process's streams, environment and
// Ctrl-C, ending with the command's exit code.
import { processIo } from './process-io'
import { run } from './run'

run(process.argv.slice(2), processIo()).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`unlinker: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  }
)
