import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

// The web server's small answers and its reading of request bodies.

/** A percent-encoded path segment, or null when it is not valid percent-encoding. */
export function decodedName(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}

export function badAddress(res: ServerResponse): void {
  res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Malformed address')
}

export function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found')
}

/** A file's bytes (none for HEAD), its errors reaching the caller. */
export async function sendFile(
  res: ServerResponse,
  open: () => Promise<Readable>,
  headers: Record<string, string>,
  method: string
): Promise<void> {
  res.writeHead(200, headers)
  if (method === 'HEAD') {
    res.end()
    return
  }
  await pipeline(await open(), res)
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const text = JSON.stringify(value)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(text)
  })
  res.end(text)
}

/** A request's whole body, or 'tooLarge' as soon as it passes the limit. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'tooLarge'> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0)
    if (declared > limit) return resolve('tooLarge')
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        // Stop keeping the body; the rest is drained and the connection closed after the 413.
        req.removeAllListeners('data')
        req.resume()
        resolve('tooLarge')
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}
