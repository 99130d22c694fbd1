import { createHmac, timingSafeEqual } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'

/**
 * Decides whether a request may reach the app. Only our own loopback origin gets in: the
 * Host check defeats DNS rebinding, the Origin check defeats other sites posting to us.
 * The per-start token travels only in the `x-unlinker-token` header, which a page sets
 * itself: never in a cookie, because cookies ignore ports and would reach any other
 * server on 127.0.0.1. What a page cannot send with a header (an <img>, a PDF in a frame,
 * a download) uses a signed URL instead: good for one file, one purpose, one minute.
 */
export interface GuardContext {
  port: number
  token: string
  /** Key for signed URLs; random at each start, never sent anywhere. */
  signingKey: Buffer
  now: () => number
}

/** What a request asks for, and so which credential it needs. */
export type Access =
  /** The built renderer: no secret in it, served to any page on our own origin. */
  | 'public'
  /** The contract, uploads, URL signing: the token in the header. */
  | 'token'
  /** A proof or an export: the token, or a URL signed for exactly this file. */
  | 'file'

export type GuardVerdict =
  { allow: true; via: Access | 'header' | 'signed' } | { allow: false; reason: string }

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`]
}

/** Which credential a path needs. */
export function accessFor(method: string, path: string): Access {
  if (path.startsWith('/api/') || path === '/upload' || path === '/sign') return 'token'
  if (SIGNABLE.test(path)) return 'file'
  return method === 'GET' || method === 'HEAD' ? 'public' : 'token'
}

/** The only paths a signed URL can open: one proof, one export. */
const SIGNABLE = /^\/(proofs|exports)\/[^/]+$/

/**
 * The request target as a URL on our own origin, or null when it is not a path. The
 * path is never read as an address: `//evil.example/x` stays a path on 127.0.0.1.
 */
export function requestUrl(rawUrl: string | undefined): URL | null {
  if (!rawUrl?.startsWith('/')) return null
  try {
    return new URL(`http://127.0.0.1${rawUrl}`)
  } catch {
    return null
  }
}

export function checkRequest(
  ctx: GuardContext,
  method: string,
  url: URL,
  headers: IncomingHttpHeaders
): GuardVerdict {
  const hosts = allowedHosts(ctx.port)
  const host = headers.host?.toLowerCase()
  if (!host || !hosts.includes(host)) return { allow: false, reason: 'foreign Host header' }

  const origin = headers.origin
  if (origin !== undefined && !hosts.some((h) => origin === `http://${h}`)) {
    return { allow: false, reason: 'foreign Origin header' }
  }
  const site = headers['sec-fetch-site']
  if (method !== 'GET' && site !== undefined && site !== 'same-origin' && site !== 'none') {
    return { allow: false, reason: 'cross-site request' }
  }

  const access = accessFor(method, url.pathname)
  if (access === 'public') return { allow: true, via: 'public' }

  const header = headers['x-unlinker-token']
  if (typeof header === 'string' && sameSecret(header, ctx.token))
    return { allow: true, via: 'header' }

  if (access === 'file' && (method === 'GET' || method === 'HEAD')) {
    const expires = Number(url.searchParams.get('expires'))
    const sig = url.searchParams.get('sig') ?? ''
    if (
      Number.isSafeInteger(expires) &&
      expires >= ctx.now() &&
      sameSecret(sig, signature(ctx.signingKey, url.pathname, expires))
    )
      return { allow: true, via: 'signed' }
    if (sig) return { allow: false, reason: 'expired or wrong signed address' }
  }
  return { allow: false, reason: 'missing or wrong token' }
}

/** A signed URL for one proof or export path, valid until `expires` (ms since the epoch). */
export function signPath(key: Buffer, path: string, expires: number): string | null {
  if (!SIGNABLE.test(path)) return null
  const query = new URLSearchParams({
    expires: String(expires),
    sig: signature(key, path, expires)
  })
  return `${path}?${query.toString()}`
}

function signature(key: Buffer, path: string, expires: number): string {
  // The purpose (proofs or exports) is part of the path, and so of what is signed.
  return createHmac('sha256', key).update(`unlinker-file\n${path}\n${expires}`).digest('base64url')
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}
