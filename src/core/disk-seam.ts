import { open, rename, type FileHandle } from 'node:fs/promises'

/**
 * The steps by which a durable file reaches the disk: its bytes written, the file synced,
 * renamed over the old one, and the folder synced. Tests replace a step to make a disk
 * look full (ENOSPC) without filling a real one, or wrap them all to see their order;
 * the app never changes them.
 */
export const diskSeam = {
  write: (file: FileHandle, bytes: string | Buffer, _path: string): Promise<void> =>
    file.writeFile(bytes),
  sync: (file: FileHandle, _path: string): Promise<void> => file.sync(),
  rename: (from: string, to: string): Promise<void> => rename(from, to),
  /** Makes a rename durable. Windows cannot open a folder for fsync; there, NTFS journals it. */
  syncFolder: async (dir: string): Promise<void> => {
    if (process.platform === 'win32') return
    const handle = await open(dir, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  }
}
