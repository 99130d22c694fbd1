import type { z } from 'zod'
import { contract, type MethodName } from '../../shared/contract'
import { fail, type Result } from '../../shared/result'

/**
 * A call's input checked against its contract schema: the parsed value, or the
 * invalidInput answer naming the first problem and each field's own.
 */
export function checkInput(
  name: MethodName,
  input: unknown
): { ok: true; data: unknown } | { ok: false; refused: Result<never> } {
  const schema: z.ZodType = contract[name].input
  const parsed = schema.safeParse(input ?? {})
  if (parsed.success) return { ok: true, data: parsed.data }
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
