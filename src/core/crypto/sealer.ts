import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { DomainError } from '../errors'

/** Every sealed file starts with these bytes, then a 12-byte IV and a 16-byte GCM tag. */
export const SEAL_MAGIC = Buffer.from('ULNKSEAL')
export const SEAL_HEADER = SEAL_MAGIC.length + 12 + 16

export function isSealed(bytes: Buffer): boolean {
  return bytes.length >= SEAL_HEADER && bytes.subarray(0, SEAL_MAGIC.length).equals(SEAL_MAGIC)
}

/**
 * AES-256-GCM for whole small files (the store, its snapshots): a fresh IV for every
 * write, and a tag that fails loudly on any change to the bytes.
 */
export class Sealer {
  /**
   * Whether a plain file still reads. Only while a folder is being sealed: once every
   * file is, a plain one was put there by something else and is refused (NotSealedError).
   */
  allowPlain: boolean

  constructor(
    private readonly key: Buffer,
    { allowPlain = false }: { allowPlain?: boolean } = {}
  ) {
    if (key.length !== 32) throw new Error('AES-256 needs a 32-byte key')
    this.allowPlain = allowPlain
  }

  seal(text: string): Buffer {
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', this.key, iv)
    const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()])
    return Buffer.concat([SEAL_MAGIC, iv, cipher.getAuthTag(), body])
  }

  open(bytes: Buffer): string {
    if (!isSealed(bytes)) throw new DomainError('badArchive', 'This file is not sealed.')
    const iv = bytes.subarray(SEAL_MAGIC.length, SEAL_MAGIC.length + 12)
    const tag = bytes.subarray(SEAL_MAGIC.length + 12, SEAL_HEADER)
    const decipher = createDecipheriv('aes-256-gcm', this.key, iv)
    decipher.setAuthTag(tag)
    try {
      return Buffer.concat([
        decipher.update(bytes.subarray(SEAL_HEADER)),
        decipher.final()
      ]).toString('utf8')
    } catch {
      throw new SealBrokenError()
    }
  }
}

export class SealBrokenError extends Error {
  constructor(
    message = 'the encrypted file fails its integrity check (it was changed or damaged)'
  ) {
    super(message)
  }
}

/**
 * A plain file where, the folder being sealed whole, only an encrypted one can be: it was
 * not written by Unlinker (a plain store dropped in place of the sealed one), so it is
 * neither read nor overwritten.
 */
export class NotSealedError extends SealBrokenError {
  constructor(readonly path: string) {
    super(
      `${path} is not encrypted, although everything else in this data folder is: Unlinker did not write it, so it is not used`
    )
  }
}
