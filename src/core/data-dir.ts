import { homedir } from 'node:os'
import { join } from 'node:path'

/** The platform's per-user data folder, used by web mode and the CLI without --data. */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform
): string {
  if (platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Unlinker')
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Unlinker')
  const base =
    env.XDG_DATA_HOME && env.XDG_DATA_HOME.startsWith('/')
      ? env.XDG_DATA_HOME
      : join(homedir(), '.local', 'share')
  return join(base, 'unlinker')
}
