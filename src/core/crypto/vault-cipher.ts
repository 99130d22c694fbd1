import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { PassThrough, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { NotSealedError, SEAL_HEADER, SEAL_MAGIC, SealBrokenError, isSealed } from './sealer'
import { IO_CHUNK } from '../io-chunk'
import { replaceFile } from '../replace-file'

/**
 * Streams a file into its sealed form at `target`: header with a placeholder tag, the
 * ciphertext, then the real tag written into the header; fsynced, then renamed.
 */
export async function sealFile(source: string, target: string, key: Buffer): Promise<void> {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  const temp = `${target}.${randomBytes(6).toString('hex')}.sealing`
  await replaceFile(
    target,
    async () => {
      const out = createWriteStream(temp, { mode: 0o600 })
      out.write(Buffer.concat([SEAL_MAGIC, iv, Buffer.alloc(16)]))
      await pipeline(createReadStream(source, { highWaterMark: IO_CHUNK }), cipher, out)
      const handle = await open(temp, 'r+')
      try {
        await handle.write(cipher.getAuthTag(), 0, 16, SEAL_MAGIC.length + 12)
      } finally {
        await handle.close()
      }
    },
    { temp }
  )
}

async function header(path: string): Promise<Buffer> {
  const handle = await open(path, 'r')
  try {
    const bytes = Buffer.alloc(SEAL_HEADER)
    const { bytesRead } = await handle.read(bytes, 0, SEAL_HEADER, 0)
    return bytes.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/**
 * The plain bytes of a vault file, sealed or not (a folder being converted holds both);
 * a plain one is refused when `onlySealed` (the whole folder is sealed). For a sealed file
 * the stream fails at its end if the tag does not check.
 */
export async function openVaultFile(
  path: string,
  key: Buffer | null,
  onlySealed = false
): Promise<Readable> {
  const head = await header(path)
  if (!isSealed(head)) {
    if (onlySealed) throw new NotSealedError(path)
    return createReadStream(path, { highWaterMark: IO_CHUNK })
  }
  if (!key) throw new Error('This proof is encrypted; unlock Unlinker first.')
  const decipher = createDecipheriv(
    'aes-256-gcm',
    key,
    head.subarray(SEAL_MAGIC.length, SEAL_MAGIC.length + 12)
  )
  decipher.setAuthTag(head.subarray(SEAL_MAGIC.length + 12, SEAL_HEADER))
  const out = new PassThrough({ highWaterMark: IO_CHUNK })
  pipeline(
    createReadStream(path, { start: SEAL_HEADER, highWaterMark: IO_CHUNK }),
    decipher,
    out
  ).catch((error: unknown) =>
    out.destroy(
      error instanceof Error && /auth/i.test(error.message)
        ? new SealBrokenError()
        : (error as Error)
    )
  )
  return out
}

/** Decrypts to a temp file renamed to `target` only after the tag has checked. */
export async function unsealToFile(
  path: string,
  target: string,
  key: Buffer | null,
  onlySealed = false
): Promise<void> {
  const temp = `${target}.${randomBytes(6).toString('hex')}.opening`
  await replaceFile(
    target,
    async () => {
      await pipeline(
        await openVaultFile(path, key, onlySealed),
        createWriteStream(temp, { mode: 0o600 })
      )
    },
    { temp }
  )
}

export async function isSealedFile(path: string): Promise<boolean> {
  return isSealed(await header(path))
}
