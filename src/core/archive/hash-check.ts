import { createHash } from 'node:crypto'
import { Transform } from 'node:stream'

/**
 * Passes bytes through while hashing them. When the stream ends it compares with the
 * expected digest, and fails the stream on a mismatch so a damaged file is never
 * written as if it were whole.
 */
export function hashCheck(
  expected: string | null,
  onBytes: (n: number) => void,
  label: string
): Transform & { digest: () => string } {
  const hash = createHash('sha256')
  let digest = ''
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk)
      onBytes(chunk.length)
      done(null, chunk)
    },
    flush(done) {
      digest = hash.digest('hex')
      if (expected !== null && digest !== expected)
        return done(new Error(`${label} does not match its SHA-256: the file is damaged.`))
      done()
    }
  })
  return Object.assign(stream, { digest: () => digest })
}
