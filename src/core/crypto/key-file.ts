import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { DomainError } from '../errors'
import { DurableTextFile } from '../store/durable-text-file'

export const KEY_FILE = 'unlinker.keys.json'

const B64 = z.string().regex(/^[A-Za-z0-9+/]+=*$/)
const KeyFileSchema = z.object({
  format: z.literal(1),
  kdf: z.object({
    name: z.literal('scrypt'),
    N: z.number().int().min(1024),
    r: z.number().int().min(1),
    p: z.number().int().min(1),
    salt: B64
  }),
  wrapped: z.object({ iv: B64, tag: B64, key: B64 })
})
export type KeyFile = z.infer<typeof KeyFileSchema>

/** scrypt cost: about a quarter second here, 128 MiB of memory; stored with the salt. */
export const DEFAULT_KDF = { N: 2 ** 17, r: 8, p: 1 }

function deriveKek(passphrase: string, kdf: KeyFile['kdf']): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(
      passphrase.normalize('NFC'),
      Buffer.from(kdf.salt, 'base64'),
      32,
      { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: 256 * kdf.N * kdf.r + 64 * 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key))
    )
  )
}

async function wrap(key: Buffer, passphrase: string, params = DEFAULT_KDF): Promise<KeyFile> {
  const kdf = { name: 'scrypt' as const, ...params, salt: randomBytes(16).toString('base64') }
  const kek = await deriveKek(passphrase, kdf)
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', kek, iv)
  const wrapped = Buffer.concat([cipher.update(key), cipher.final()])
  return {
    format: 1,
    kdf,
    wrapped: {
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      key: wrapped.toString('base64')
    }
  }
}

/**
 * The data key is random and never changes; the passphrase only wraps it. A new
 * passphrase re-wraps the key, so no file has to be encrypted again.
 */
export async function newKeyFile(
  passphrase: string,
  params = DEFAULT_KDF
): Promise<{ file: KeyFile; key: Buffer }> {
  const key = randomBytes(32)
  return { file: await wrap(key, passphrase, params), key }
}

export async function unwrapKey(file: KeyFile, passphrase: string): Promise<Buffer> {
  const kek = await deriveKek(passphrase, file.kdf)
  const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(file.wrapped.iv, 'base64'))
  decipher.setAuthTag(Buffer.from(file.wrapped.tag, 'base64'))
  try {
    return Buffer.concat([
      decipher.update(Buffer.from(file.wrapped.key, 'base64')),
      decipher.final()
    ])
  } catch {
    throw new DomainError(
      'wrongPassphrase',
      'That passphrase is not the right one. Nothing was changed.'
    )
  }
}

export async function rewrapKey(file: KeyFile, current: string, next: string): Promise<KeyFile> {
  const key = await unwrapKey(file, current)
  return wrap(key, next, { N: file.kdf.N, r: file.kdf.r, p: file.kdf.p })
}

export async function readKeyFile(dataDir: string): Promise<KeyFile | null> {
  let text: string
  try {
    text = await readFile(join(dataDir, KEY_FILE), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  const parsed = KeyFileSchema.safeParse(JSON.parse(text))
  if (!parsed.success) throw new Error(`${KEY_FILE} is damaged: ${parsed.error.issues[0]?.message}`)
  return parsed.data
}

export async function writeKeyFile(dataDir: string, file: KeyFile): Promise<void> {
  await new DurableTextFile(join(dataDir, KEY_FILE)).write(JSON.stringify(file, null, 2))
}
