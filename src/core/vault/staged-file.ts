import { createHash, randomBytes } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, open, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { Transform, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { DomainError } from '../errors'
import { IO_CHUNK } from '../io-chunk'

/** A file copied into the data folder and hashed on the way, not yet kept anywhere. */
export interface StagedFile {
  path: string
  sha256: string
  size: number
}

export class TooLargeError extends DomainError {
  constructor(limit: number) {
    super('tooLarge', `The file is larger than the limit of ${formatBytes(limit)}.`)
  }
}

/**
 * Copies a stream into `dir` while hashing it, in one pass and in constant memory, and
 * fsyncs the copy. Beyond `limit` bytes it stops and deletes what it wrote: a failed
 * copy leaves nothing behind.
 */
export async function stageStream(
  source: Readable,
  dir: string,
  limit: number,
  onProgress?: (bytes: number) => void
): Promise<StagedFile> {
  await mkdir(dir, { recursive: true })
  const path = join(dir, `${randomBytes(12).toString('hex')}.part`)
  const hash = createHash('sha256')
  let size = 0
  const meter = new Transform({
    highWaterMark: IO_CHUNK,
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length
      if (size > limit) return done(new TooLargeError(limit))
      hash.update(chunk)
      onProgress?.(size)
      done(null, chunk)
    }
  })
  try {
    await pipeline(source, meter, createWriteStream(path, { mode: 0o600, highWaterMark: IO_CHUNK }))
    const handle = await open(path, 'r+')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch (error) {
    source.destroy()
    await unlink(path).catch(() => undefined)
    throw error
  }
  return { path, sha256: hash.digest('hex'), size }
}

/** Stages a file named by the user, refusing what is not a readable regular file. */
export async function stagePath(
  file: string,
  dir: string,
  limit: number,
  onProgress?: (bytes: number) => void
): Promise<StagedFile> {
  let info
  try {
    info = await stat(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new DomainError(
      'unreadable',
      code === 'ENOENT' ? `No file at ${file}.` : `Cannot read ${file}: ${(error as Error).message}`
    )
  }
  if (info.isDirectory()) throw new DomainError('unreadable', `${file} is a folder, not a file.`)
  if (!info.isFile()) throw new DomainError('unreadable', `${file} is not a regular file.`)
  if (info.size > limit) throw new TooLargeError(limit)
  try {
    return await stageStream(
      createReadStream(file, { highWaterMark: IO_CHUNK }),
      dir,
      limit,
      onProgress
    )
  } catch (error) {
    if (error instanceof DomainError) throw error
    throw new DomainError('unreadable', `Cannot read ${file}: ${(error as Error).message}`)
  }
}

export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${unit === 0 ? value : value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`
}
