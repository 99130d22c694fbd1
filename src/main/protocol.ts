import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { protocol } from 'electron'
import { proofHeaders, proofIdFromPath } from '../core/proofs/proof-headers'
import { contentTypeOf, resolveStaticPath } from '../core/static-path'
import type { UnlinkerCore } from '../core/unlinker-core'
import { CONTENT_SECURITY_POLICY } from '../shared/csp'
import { APP_SCHEME } from './security-rules'

/** Must run before the app is ready: app:// behaves like a secure web origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }
  ])
}

/** Serves the built renderer, and proof files for preview, from app://unlinker/. */
export function serveRenderer(core: UnlinkerCore, root = join(__dirname, '../renderer')): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const proofId = proofIdFromPath(new URL(request.url).pathname)
    if (proofId) {
      const file = await core.proofFile(proofId)
      if (!file) return new Response('Not found', { status: 404 })
      const body = Readable.toWeb(await file.open()) as ReadableStream<Uint8Array>
      return new Response(body, { headers: proofHeaders(file.mediaType, file.name, file.size) })
    }
    const path = resolveStaticPath(root, new URL(request.url).pathname)
    const body = path ? await readFile(path).catch(() => null) : null
    if (!path || !body) return new Response('Not found', { status: 404 })
    return new Response(body, {
      headers: {
        'content-type': contentTypeOf(path),
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff'
      }
    })
  })
}
