import { timingSafeEqual } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'

/**
 * Decides whether a request may reach the app. Only our own loopback origin, with the
 * per-start token, gets in: the Host check defeats DNS rebinding, the Origin check
 * defeats other sites posting to us, and the token keeps out other local users' pages.
 */
export interface GuardContext {
  port: number
  token: string
}

export type GuardVerdict =
  | { allow: true; via: 'cookie' | 'header' }
  | { allow: true; via: 'query'; setCookie: string; redirectTo: string }
  | { allow: false; reason: string }

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`]
}

export function cookieName(port: number): string {
  return `unlinker-${port}`
}

export function checkRequest(
  ctx: GuardContext,
  method: string,
  rawUrl: string,
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

  const header = headers['x-unlinker-token']
  if (typeof header === 'string' && sameSecret(header, ctx.token))
    return { allow: true, via: 'header' }

  const cookie = readCookie(headers.cookie, cookieName(ctx.port))
  if (cookie !== undefined && sameSecret(cookie, ctx.token)) return { allow: true, via: 'cookie' }

  const url = new URL(rawUrl, `http://${host}`)
  const query = url.searchParams.get('token')
  if (method === 'GET' && query !== null && sameSecret(query, ctx.token)) {
    url.searchParams.delete('token')
    return {
      allow: true,
      via: 'query',
      setCookie: `${cookieName(ctx.port)}=${ctx.token}; HttpOnly; SameSite=Strict; Path=/`,
      redirectTo: url.pathname + url.search
    }
  }
  return { allow: false, reason: 'missing or wrong token' }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined
  for (const part of header.split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim()
  }
  return undefined
}
