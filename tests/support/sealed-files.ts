import { open, readdir } from 'node:fs/promises'
import { join } from 'node:path'

const MAGIC = 'ULNKSEAL'

/** Whether a file starts as every sealed file does. */
export async function isSealedOnDisk(path: string): Promise<boolean> {
  const handle = await open(path, 'r')
  try {
    const head = Buffer.alloc(MAGIC.length)
    const { bytesRead } = await handle.read(head, 0, head.length, 0)
    return head.subarray(0, bytesRead).toString('latin1') === MAGIC
  } finally {
    await handle.close()
  }
}

/**
 * Every file of the data that encryption must cover (the store, its snapshots, history
 * segments and proofs, temp files of any of them included) that is not sealed.
 */
export async function plainDataFiles(dataDir: string): Promise<string[]> {
  const plain: string[] = []
  const check = async (path: string): Promise<void> => {
    if (!(await isSealedOnDisk(path))) plain.push(path)
  }
  for (const name of await readdir(dataDir))
    if (name.startsWith('unlinker.json') || name.startsWith('.unlinker.json'))
      await check(join(dataDir, name))
  for (const dir of ['snapshots', 'history', 'vault']) {
    const names = await readdir(join(dataDir, dir)).catch(() => [] as string[])
    for (const name of names) await check(join(dataDir, dir, name))
  }
  return plain
}
