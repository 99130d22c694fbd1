import { diskSeam } from '../../src/core/disk-seam'

const realWrite = diskSeam.write

/**
 * Makes every durable write under `dir` fail as a full disk does (ENOSPC), at the one
 * place durable files put their bytes; answers the function that makes the disk whole.
 */
export function fillDisk(dir: string): () => void {
  diskSeam.write = async (file, bytes, path) => {
    if (!path.startsWith(dir)) return realWrite(file, bytes, path)
    throw Object.assign(new Error(`ENOSPC: no space left on device, write`), {
      code: 'ENOSPC',
      errno: -28,
      syscall: 'write'
    })
  }
  return () => {
    diskSeam.write = realWrite
  }
}
