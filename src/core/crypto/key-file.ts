import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { DomainError } from '../errors'
import { DurableTextFile } from '../store/durable-text-file'

export const KEY_FILE = 'unlinker.keys.json'

const B64 = z.string().regex(/^[A-Za-z0-9+/]+=*$/)
const Kdf = z.object({
  name: z.literal('scrypt'),
  N: z.number().int().min(1024),
  r: z.number().int().min(1),
  p: z.number().int().min(1),
  salt: B64
})
const Wrapped = z.object({ iv: B64, tag: B64, key: B64 })
const KeyFileSchema = z.discriminatedUnion('format', [
  /** Written before the folder's sealing was recorded: it may still hold plain files. */
  z.object({ format: z.literal(1), kdf: Kdf, wrapped: Wrapped }),
  /**
   * `sealing` is true from the moment the key exists until every file of the folder is
   * sealed. It is bound to the wrapped key (its GCM additional data), so changing it by
   * hand makes the passphrase fail instead of making plain files acceptable.
   */
  z.object({ format: z.literal(2), kdf: Kdf, wrapped: Wrapped, sealing: z.boolean() })
])
export type KeyFile = z.infer<typeof KeyFileSchema>
type Kdf = z.infer<typeof Kdf>

/** scrypt cost: about a quarter second here, 128 MiB of memory; stored with the salt. */
export const DEFAULT_KDF = { N: 2 ** 17, r: 8, p: 1 }

function deriveKek(passphrase: string, kdf: Kdf): Promise<Buffer> {
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

/** What the wrapped key is bound to: the file's format and whether sealing is unfinished. */
function boundTo(file: Pick<KeyFile, 'format'> & { sealing?: boolean }): Buffer | null {
  return file.format === 1
    ? null
    : Buffer.from(`unlinker.keys 2 ${file.sealing ? 'sealing' : 'sealed'}`)
}

/** The data key wrapped under `kek` (derived from the passphrase with `kdf`). */
function wrapWith(key: Buffer, kek: Buffer, kdf: Kdf, sealing: boolean): KeyFile {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', kek, iv)
  cipher.setAAD(boundTo({ format: 2, sealing })!)
  const wrapped = Buffer.concat([cipher.update(key), cipher.final()])
  return {
    format: 2,
    kdf,
    wrapped: {
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      key: wrapped.toString('base64')
    },
    sealing
  }
}

async function wrap(
  key: Buffer,
  passphrase: string,
  params: typeof DEFAULT_KDF,
  sealing: boolean
): Promise<{ file: KeyFile; kek: Buffer }> {
  const kdf = { name: 'scrypt' as const, ...params, salt: randomBytes(16).toString('base64') }
  const kek = await deriveKek(passphrase, kdf)
  return { file: wrapWith(key, kek, kdf, sealing), kek }
}

/** The data key, and the key that wraps it (kept only until the folder is sealed whole). */
export interface OpenedKey {
  key: Buffer
  kek: Buffer
}

/**
 * The data key is random and never changes; the passphrase only wraps it. A new
 * passphrase re-wraps the key, so no file has to be encrypted again. A new key file says
 * the folder's sealing has begun.
 */
export async function newKeyFile(
  passphrase: string,
  params = DEFAULT_KDF
): Promise<{ file: KeyFile } & OpenedKey> {
  const key = randomBytes(32)
  return { ...(await wrap(key, passphrase, params, true)), key }
}

export async function unwrapKey(file: KeyFile, passphrase: string): Promise<OpenedKey> {
  const kek = await deriveKek(passphrase, file.kdf)
  const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(file.wrapped.iv, 'base64'))
  const bound = boundTo(file)
  if (bound) decipher.setAAD(bound)
  decipher.setAuthTag(Buffer.from(file.wrapped.tag, 'base64'))
  try {
    const key = Buffer.concat([
      decipher.update(Buffer.from(file.wrapped.key, 'base64')),
      decipher.final()
    ])
    return { key, kek }
  } catch {
    throw new DomainError(
      'wrongPassphrase',
      'That passphrase is not the right one. Nothing was changed.'
    )
  }
}

export async function rewrapKey(file: KeyFile, current: string, next: string): Promise<KeyFile> {
  const { key } = await unwrapKey(file, current)
  const params = { N: file.kdf.N, r: file.kdf.r, p: file.kdf.p }
  return (await wrap(key, next, params, isSealing(file))).file
}

/** Whether the folder may still hold plain files: its sealing was begun and not finished. */
export function isSealing(file: KeyFile): boolean {
  return file.format === 1 || file.sealing
}

/** The same key file, saying every file of the folder is sealed now. */
export function sealedKeyFile(file: KeyFile, opened: OpenedKey): KeyFile {
  return wrapWith(opened.key, opened.kek, file.kdf, false)
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
