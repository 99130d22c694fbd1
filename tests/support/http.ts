import { request } from 'node:http'

export interface RawResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** A plain HTTP request with full control of the headers (fetch would fix Host and Origin). */
export function rawRequest(
  port: number,
  options: {
    method?: string
    path?: string
    headers?: Record<string, string>
    body?: string | Buffer
  }
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers: { host: `127.0.0.1:${port}`, ...options.headers }
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8')
          })
        )
      }
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

/** What the page does in web mode, from a test: calls with the token, and uploads. */
export function webClient(
  port: number,
  token: string
): {
  call: <T>(name: string, input: unknown) => Promise<T>
  upload: (bytes: Buffer) => Promise<string>
} {
  const auth = { 'x-unlinker-token': token }
  return {
    async call<T>(name: string, input: unknown): Promise<T> {
      const res = await rawRequest(port, {
        method: 'POST',
        path: `/api/${name}`,
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify(input)
      })
      const answer = JSON.parse(res.body) as { ok: boolean; data: T }
      if (!answer.ok) throw new Error(`${name}: ${res.body}`)
      return answer.data
    },
    async upload(bytes: Buffer): Promise<string> {
      const res = await rawRequest(port, {
        method: 'POST',
        path: '/upload',
        headers: { ...auth, 'content-type': 'application/octet-stream' },
        body: bytes
      })
      return (JSON.parse(res.body) as { data: { upload: string } }).data.upload
    }
  }
}
