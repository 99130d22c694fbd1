// Writes a long answer as the command line does, for a reader that leaves early.
// `short`: line by line at once, as export, verify and restore answer, with nothing else
// listening to stdout. Otherwise through writeOut, with a pipe into stdout as a worker
// thread's output has: that pipe listens for stdout's errors too.
import { PassThrough } from 'node:stream'
import { writeLine, writeOut } from '../../src/cli/write-out'

void (async () => {
  if (process.argv[2] === 'short') {
    for (let i = 0; i < 5000; i++) writeLine(`line ${i} ${'y'.repeat(100)}`)
  } else {
    new PassThrough().pipe(process.stdout)
    for (let i = 0; i < 5000; i++) await writeOut(`line ${i} ${'x'.repeat(100)}\n`)
  }
  // The command goes on after its reader left: this is where it would close the folder.
  process.stderr.write('finished\n')
})()
