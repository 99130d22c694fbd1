import type { MethodName } from '../../../shared/contract'
import type { Result } from '../../../shared/result'
import { markServerAnswered, markServerGone } from './connection'
import { rendererError } from './error-text'
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
    markServerGone()
    return rendererError('storeUnavailable', 'errors.unreachable')
  }
  markServerAnswered()
  try {
    return (await response.json()) as Result<unknown>
  } catch {
    return response.status === 403
      ? rendererError('internal', 'errors.accessRefused')
      : rendererError('internal', 'errors.unexpectedAnswer', { status: response.status })
  }
}
