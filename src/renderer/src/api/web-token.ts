/**
 * Web mode's token, never in a cookie (cookies ignore ports, so one would reach any other
 * server on 127.0.0.1). The printed address carries it once: it is read here, removed
 * from the address bar and history, and kept in this page's memory and in the tab's
 * sessionStorage, which belongs to this origin and port only and goes with no request,
 * so a reload of the same tab keeps working. Every call sends it in a header.
 */
const KEY = 'unlinker-token'

function takeToken(): string | null {
  const url = new URL(window.location.href)
  const fromAddress = url.searchParams.get('token')
  if (fromAddress !== null) {
    url.searchParams.delete('token')
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash)
    remember(fromAddress)
    return fromAddress
  }
  try {
    return window.sessionStorage.getItem(KEY)
  } catch {
    return null
  }
}

function remember(token: string): void {
  try {
    window.sessionStorage.setItem(KEY, token)
  } catch {
    // Storage refused (a strict privacy setting): a reload then needs the printed address.
  }
}

// Electron has no token and no address to clean.
const token = window.unlinker === undefined ? takeToken() : null

/** The header every web-mode request carries. */
export function tokenHeader(): Record<string, string> {
  return token === null ? {} : { 'x-unlinker-token': token }
}
