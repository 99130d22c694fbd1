/**
 * The decisions behind the Electron window's guards, kept free of 'electron' so they
 * are unit-tested. Every URL is parsed with `new URL`; no prefix comparison.
 */

export const APP_SCHEME = 'app'
export const APP_HOST = 'unlinker'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

function parse(raw: string): URL | null {
  try {
    return new URL(raw)
  } catch {
    return null
  }
}

/** Our own pages: the custom protocol, or the dev server while developing. */
export function isOwnUrl(raw: string, devUrl?: string): boolean {
  const url = parse(raw)
  if (!url) return false
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true
  const dev = devUrl ? parse(devUrl) : null
  return dev !== null && url.origin === dev.origin
}

/** A link the user clicked: only http(s) leaves the app, and only to the system browser. */
export function externalLinkDecision(raw: string): { open: true; url: string } | { open: false } {
  const url = parse(raw)
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return { open: false }
  if (url.username || url.password) return { open: false }
  return { open: true, url: url.href }
}

/** IPC answers only our own window's top frame. */
export function isTrustedSender(
  frameUrl: string | undefined,
  isMainFrame: boolean,
  devUrl?: string
): boolean {
  return frameUrl !== undefined && isMainFrame && isOwnUrl(frameUrl, devUrl)
}
