import type { MethodName } from '../../../shared/contract'
import type { Result } from '../../../shared/result'
import { tokenHeader } from './web-token'

/**
 * Web mode's carrier: one POST per call, authenticated by the token in a header (see
 * web-token.ts); the answer is already a Result value.
 */
export async function sendOverHttp(name: MethodName, input: unknown): Promise<Result<unknown>> {
  let response: Response
  try {
    response = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...tokenHeader() },
      body: JSON.stringify(input ?? {}),
      credentials: 'omit'
    })
  } catch {
    return failure('Unlinker is not reachable. Is `unlinker serve` still running?')
  }
  try {
    return (await response.json()) as Result<unknown>
  } catch {
    return failure(
      response.status === 403
        ? 'Access refused. Open the address that `unlinker serve` printed again.'
        : `Unexpected answer from Unlinker (HTTP ${response.status}).`
    )
  }
}

function failure(message: string): Result<never> {
  return { ok: false, error: { code: 'internal', message } }
}
