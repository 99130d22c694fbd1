// Writes a long answer as the command line does, for a reader that leaves early.
// `short`: line by line without waiting for each, with nothing else listening to stdout.
// Otherwise each write waited for, with a pipe into stdout as a worker thread's output
// has: that pipe listens for stdout's errors too.
import { PassThrough } from 'node:stream'
import { streamOutput } from '../../src/cli/process-io'

void (async () => {
  const stdout = streamOutput(process.stdout)
  if (process.argv[2] === 'short') {
    for (let i = 0; i < 5000; i++) void stdout.write(`line ${i} ${'y'.repeat(100)}\n`)
  } else {
    new PassThrough().pipe(process.stdout)
    for (let i = 0; i < 5000; i++) await stdout.write(`line ${i} ${'x'.repeat(100)}\n`)
  }
  // The command goes on after its reader left: this is where it would close the folder.
  process.stderr.write('finished\n')
})()
