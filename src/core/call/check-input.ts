import type { z } from 'zod'
import { contract, type MethodName, type ParsedInput } from '../../shared/contract'
import { fail, type Result } from '../../shared/result'

/**
 * A call's input checked against its contract schema: the parsed value, or the
 * invalidInput answer naming the first problem and each field's own.
 */
export function checkInput<M extends MethodName>(
  name: M,
  input: unknown
): { ok: true; data: ParsedInput<M> } | { ok: false; refused: Result<never> } {
  const schema: z.ZodType = contract[name].input
  const parsed = schema.safeParse(input ?? {})
  // M's schema parses to ParsedInput<M>; indexed by a generic name the checker sees only
  // the union of every schema, so the one cast of a parsed input is made here.
  if (parsed.success) return { ok: true, data: parsed.data as ParsedInput<M> }
  const fields: Record<string, string> = {}
  for (const issue of parsed.error.issues) {
    const key = issue.path.join('.') || '_'
    fields[key] ??= issue.message
  }
  const first = parsed.error.issues[0]
  const where = first && first.path.length ? `${first.path.join('.')}: ` : ''
  return {
    ok: false,
    refused: fail(
      'invalidInput',
      `Invalid input — ${where}${first?.message ?? 'not accepted'}`,
      fields
    )
  }
}
