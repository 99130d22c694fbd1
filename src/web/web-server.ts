import { randomBytes } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { Readable } from 'node:stream'
import { proofHeaders, proofIdFromPath } from '../core/proofs/proof-headers'
import type { ProofFile } from '../core/unlinker-core'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { CONTENT_SECURITY_POLICY } from '../shared/csp'
import type { Result } from '../shared/result'
import { checkRequest, requestUrl, signPath } from './request-guard'
import { badAddress, decodedName, notFound, readBody, sendFile, sendJson } from './http-replies'
import { serveStatic } from './static-files'

/** What the server needs from the core: validated calls, plus files in and out. */
export interface CallTarget {
  call(name: string, input: unknown): Promise<Result<unknown>>
  stageUpload(source: Readable): Promise<Result<{ upload: string; size: number }>>
  readonly maxUploadBytes: number
  proofFile(id: string): Promise<ProofFile | null>
  exportFile(name: string): string | null
  /** An archive in `exports/` was downloaded whole: its plain copy goes. */
  exportDelivered(name: string): Promise<void>
}

export interface WebServerOptions {
  core: CallTarget
  rendererDir: string
  /** 0 picks a free port. */
  port?: number
  maxBodyBytes?: number
  /** How long a client may take to send its headers, and to stay silent after. */
  timeouts?: { headersMs: number; idleMs: number }
  /** How long a signed proof or export address stays valid. */
  signedUrlMs?: number
  /** The clock signed addresses are checked against (tests move it). */
  now?: () => number
}

export interface RunningWebServer {
  url: string
  port: number
  token: string
  close(): Promise<void>
}

const HOST = '127.0.0.1'
/** Long enough for a preview or a download to start, short enough to be useless later. */
const SIGNED_URL_MS = 60_000
/** How long closing waits for answers and downloads under way before it cuts them. */
const CLOSE_GRACE_MS = 2_000
const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin'
}

/** Web mode: the same core behind HTTP on loopback only, serving the built renderer. */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const token = randomBytes(24).toString('base64url')
  const signingKey = randomBytes(32)
  const now = options.now ?? Date.now
  const signedUrlMs = options.signedUrlMs ?? SIGNED_URL_MS
  const maxBody = options.maxBodyBytes ?? 32 * 1024 * 1024
  let port = 0

  const timeouts = options.timeouts ?? { headersMs: 10_000, idleMs: 30_000 }
  /** Responses not yet finished: closing lets them finish (the Quit call's own among them). */
  const answering = new Set<ServerResponse>()
  const server: Server = createServer(
    // Stalled connections are looked for this often; the default (30 s) is too lax.
    { connectionsCheckingInterval: Math.min(1000, timeouts.headersMs) },
    (req, res) => {
      answering.add(res)
      res.once('close', () => answering.delete(res))
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value)
      handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) {
          sendJson(res, 500, { ok: false, error: { code: 'internal', message: String(error) } })
        } else res.destroy()
      })
    }
  )
  // Slow or stalled clients must not hold the app: give up on them.
  server.headersTimeout = timeouts.headersMs
  // A whole request may take long (a 2 GB upload); a connection that goes quiet may not.
  server.requestTimeout = 0
  server.timeout = timeouts.idleMs
  server.on('timeout', (socket: Socket) => socket.destroy())

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET'
    const url = requestUrl(req.url)
    if (!url) {
      req.resume()
      return badAddress(res)
    }
    const verdict = checkRequest({ port, token, signingKey, now }, method, url, req.headers)
    if (!verdict.allow) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' })
      res.end(`Forbidden: ${verdict.reason}. Open the address that "unlinker serve" printed.`)
      req.resume()
      return
    }
    const path = url.pathname
    if (path === '/upload') {
      await receiveUpload(req, res)
      return
    }
    if (path === '/sign') {
      await signAddress(req, res)
      return
    }
    const proofId = proofIdFromPath(path)
    if (proofId && (method === 'GET' || method === 'HEAD')) {
      const file = await options.core.proofFile(proofId)
      if (!file) return notFound(res)
      await sendFile(res, file.open, proofHeaders(file.mediaType, file.name, file.size), method)
      return
    }
    if (path.startsWith('/exports/') && (method === 'GET' || method === 'HEAD')) {
      const name = decodedName(path.slice('/exports/'.length))
      if (name === null) return badAddress(res)
      const file = options.core.exportFile(name)
      const info = file ? await stat(file).catch(() => null) : null
      if (!file || !info?.isFile()) return notFound(res)
      await sendFile(
        res,
        async () => createReadStream(file),
        {
          'content-type': 'application/zip',
          'content-length': String(info.size),
          'content-disposition': `attachment; filename="${name}"`
        },
        method
      )
      // Handed over whole: no plain copy of the proofs stays in the data folder.
      if (method === 'GET') await options.core.exportDelivered(name)
      return
    }
    if (path.startsWith('/api/')) {
      if (method !== 'POST') {
        res.writeHead(405, { allow: 'POST' }).end()
        return
      }
      const body = await readBody(req, maxBody)
      if (body === 'tooLarge') {
        res.setHeader('connection', 'close')
        sendJson(res, 413, {
          ok: false,
          error: { code: 'invalidInput', message: 'The request is too large.' }
        })
        req.resume()
        return
      }
      let input: unknown
      try {
        input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'))
      } catch {
        sendJson(res, 400, {
          ok: false,
          error: { code: 'invalidInput', message: 'The request is not valid JSON.' }
        })
        return
      }
      sendJson(res, 200, await options.core.call(path.slice('/api/'.length), input))
      return
    }
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET' }).end()
      return
    }
    await serveStatic(options.rendererDir, path, res)
  }

  /**
   * A short-lived address for one proof or export, for what cannot send the token in a
   * header: an <img>, a PDF in a frame, a download link. Body: {"path": "/proofs/<id>"}.
   */
  async function signAddress(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end()
      return
    }
    const body = await readBody(req, 4096)
    let path: unknown
    try {
      path =
        body === 'tooLarge' ? null : (JSON.parse(body.toString('utf8')) as { path?: unknown }).path
    } catch {
      path = null
    }
    // Normalised as the guard will see it when the browser asks for it.
    const normal = typeof path === 'string' ? requestUrl(path)?.pathname : undefined
    const url =
      typeof path === 'string' && normal === path
        ? signPath(signingKey, normal, now() + signedUrlMs)
        : null
    if (!url) {
      sendJson(res, 400, {
        ok: false,
        error: {
          code: 'invalidInput',
          message: 'Only a proof or an export can be opened this way.'
        }
      })
      return
    }
    sendJson(res, 200, { ok: true, data: { url } })
  }

  /** A file streamed straight into the data folder; never held in memory. */
  async function receiveUpload(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end()
      return
    }
    const declared = Number(req.headers['content-length'] ?? 0)
    if (declared > options.core.maxUploadBytes) {
      res.setHeader('connection', 'close')
      sendJson(res, 413, {
        ok: false,
        error: { code: 'tooLarge', message: 'The file is larger than the limit.' }
      })
      req.resume()
      return
    }
    const result = await options.core.stageUpload(req)
    if (!result.ok) res.setHeader('connection', 'close')
    sendJson(res, result.ok ? 200 : result.error.code === 'tooLarge' ? 413 : 400, result)
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, HOST, () => resolve())
  })
  port = (server.address() as AddressInfo).port

  return {
    port,
    token,
    url: `http://${HOST}:${port}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        // An answer still being worked out (the Quit call's own) is sent, then ends its
        // connection; idle connections end now. A client that never finishes its request
        // or download is not waited for beyond a moment.
        for (const res of answering) if (!res.headersSent) res.shouldKeepAlive = false
        server.closeIdleConnections()
        setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS).unref()
      })
  }
}
