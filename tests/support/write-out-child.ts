// Writes a long answer through writeOut, as the command line does, for a reader that
// leaves early. A worker thread's output reaches stdout through a pipe the same way as
// the PassThrough below: that pipe listens for stdout's errors too.
import { PassThrough } from 'node:stream'
import { writeOut } from '../../src/cli/write-out'

new PassThrough().pipe(process.stdout)
void (async () => {
  for (let i = 0; i < 5000; i++) await writeOut(`line ${i} ${'x'.repeat(100)}\n`)
  // The command goes on after its reader left: this is where it would close the folder.
  process.stderr.write('finished\n')
})()
