import type { FileSource } from '../../../shared/contract'
import type { Result } from '../../../shared/result'
import { localiseResult, rendererError } from './error-text'
import { tokenHeader } from './web-token'

/**
 * Turns a File the user chose or dropped into a source the main side can read. In
 * Electron that is the file's own path (main copies it in a stream); in web mode the
 * file is streamed to the server first, with upload progress.
 */
export function sourceOf(
  file: File,
  onProgress?: (sent: number, total: number) => void
): Promise<Result<FileSource>> {
  const desktop = window.unlinkerFiles
  if (desktop) {
    const path = desktop.pathOf(file)
    return Promise.resolve(
      path ? { ok: true, data: { path } } : rendererError('unreadable', 'errors.noPath')
    )
  }
  return upload(file, onProgress)
}

// XMLHttpRequest, not fetch: only it reports upload progress.
function upload(
  file: File,
  onProgress?: (sent: number, total: number) => void
): Promise<Result<FileSource>> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest()
    request.open('POST', '/upload')
    request.setRequestHeader('content-type', 'application/octet-stream')
    for (const [name, value] of Object.entries(tokenHeader())) request.setRequestHeader(name, value)
    request.upload.onprogress = (event) => onProgress?.(event.loaded, event.total)
    request.onload = () => {
      try {
        const answer = JSON.parse(request.responseText) as Result<{ upload: string }>
        resolve(
          answer.ok ? { ok: true, data: { upload: answer.data.upload } } : localiseResult(answer)
        )
      } catch {
        resolve(rendererError('internal', 'errors.uploadRefused', { status: request.status }))
      }
    }
    request.onerror = () => resolve(rendererError('storeUnavailable', 'errors.unreachable'))
    request.send(file)
  })
}

/** Where the renderer reads a proof for preview or opens it, under either origin. */
export function proofUrl(id: string): Promise<string> {
  return fileUrl(`/proofs/${id}`)
}

/**
 * An address an <img>, a frame or a link can open without the token: in Electron the
 * path itself (its own protocol serves it); in web mode a signed address for this one
 * file, valid for a minute, so fetch it just before use.
 */
export async function fileUrl(path: string): Promise<string> {
  if (window.unlinker) return path
  try {
    const response = await fetch('/sign', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...tokenHeader() },
      body: JSON.stringify({ path }),
      credentials: 'omit'
    })
    const answer = (await response.json()) as Result<{ url: string }>
    // An unsigned path still answers, with 403 and the server's explanation.
    return answer.ok ? answer.data.url : path
  } catch {
    return path
  }
}
