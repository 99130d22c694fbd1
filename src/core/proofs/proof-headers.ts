import { isPreviewable } from '../../shared/domain/media-types'

/**
 * Headers for a proof served to the renderer (web mode's /proofs/<id>, Electron's
 * app://unlinker/proofs/<id>). Proof files are the user's, not ours: only images and
 * PDFs are shown inline, everything else downloads, and nothing runs in our origin.
 */
export function proofHeaders(
  mediaType: string,
  name: string,
  size: number
): Record<string, string> {
  const inline = isPreviewable(mediaType)
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16)}`
  )
  const headers: Record<string, string> = {
    'content-type': inline ? mediaType : 'application/octet-stream',
    'content-length': String(size),
    'content-disposition': `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encoded}`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, max-age=0',
    'x-frame-options': 'SAMEORIGIN'
  }
  // Chromium's PDF viewer cannot run in a sandboxed document; images and downloads can.
  headers['content-security-policy'] =
    mediaType === 'application/pdf'
      ? "frame-ancestors 'self'"
      : "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'self'"
  return headers
}

/** `/proofs/<id>` → the id, or null for any other path. */
export function proofIdFromPath(path: string): string | null {
  const match = /^\/proofs\/([0-9a-f-]{36})$/.exec(path)
  return match?.[1] ?? null
}
