import type { Api } from './contract'
import { METHOD_NAMES, type MethodName } from './method-names'
import type { Result } from './result'

/** Builds the whole Api from one carrier function, so no method can be forgotten. */
export function buildApi(
  send: (name: MethodName, input: unknown) => Promise<Result<unknown>>
): Api {
  const api: Record<string, (input: unknown) => Promise<Result<unknown>>> = {}
  for (const name of METHOD_NAMES) api[name] = (input) => send(name, input)
  return api as unknown as Api
}
