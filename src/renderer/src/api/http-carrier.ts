import type { MethodName } from '../../../shared/contract'
import type { Result } from '../../../shared/result'

/**
 * Web mode's carrier: one POST per call. The server's cookie, set when the user opened
 * the printed address, authenticates it; the answer is already a Result value.
 */
export async function sendOverHttp(name: MethodName, input: unknown): Promise<Result<unknown>> {
  let response: Response
  try {
    response = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input ?? {}),
      credentials: 'same-origin'
    })
  } catch {
    return failure('Unlinker is not reachable. Is `unlinker serve` still running?')
  }
  try {
    return (await response.json()) as Result<unknown>
  } catch {
    return failure(
      response.status === 403
        ? 'Access refused. Open the address that `unlinker serve` printed.'
        : `Unexpected answer from Unlinker (HTTP ${response.status}).`
    )
  }
}

function failure(message: string): Result<never> {
  return { ok: false, error: { code: 'internal', message } }
}
