/**
 * Splits what an item stores as its addresses into web addresses and Android apps.
 * Chrome writes an app login as android://<hash>@<package>/, Bitwarden as
 * androidapp://<package>, others as android-app://<package>; none of these is a web
 * domain, so they must not be read as one.
 */
export function addresses(values: readonly string[]): { urls: string[]; apps: string[] } {
  const urls: string[] = []
  const apps: string[] = []
  for (const raw of values) {
    const value = raw.trim()
    if (!value) continue
    const app = androidPackage(value)
    if (app !== undefined) {
      if (app && !apps.includes(app)) apps.push(app)
    } else if (!/^(iosapp|chrome|about|moz-extension|chrome-extension|file):/i.test(value)) {
      urls.push(value)
    }
  }
  return { urls, apps }
}

const PACKAGE = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/i

/** The package of an Android app address; '' for a malformed one; undefined for a web one. */
export function androidPackage(value: string): string | undefined {
  const match = /^(android|androidapp|android-app):\/\/(?:[^@/]*@)?([^/?#]*)/i.exec(value)
  if (!match) return undefined
  const name = match[2] ?? ''
  return PACKAGE.test(name) ? name : ''
}
