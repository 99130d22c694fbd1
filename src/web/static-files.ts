import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { contentTypeOf, resolveStaticPath } from '../core/static-path'

export async function serveStatic(
  root: string,
  urlPath: string,
  res: ServerResponse
): Promise<void> {
  const path = resolveStaticPath(root, urlPath)
  const info = path ? await stat(path).catch(() => null) : null
  if (!path || !info?.isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found')
    return
  }
  res.writeHead(200, {
    'content-type': contentTypeOf(path),
    'content-length': info.size,
    'cache-control': 'no-cache'
  })
  createReadStream(path).pipe(res)
}
