import type { Api } from '../../../shared/contract'
import { buildApi } from '../../../shared/build-api'
import type { MethodName } from '../../../shared/method-names'
import type { AppError, Result } from '../../../shared/result'
import { i18n } from '../i18n'

/** An error as the user reads it; main's own English sentence kept aside as its detail. */
export type ShownError = AppError & { detail?: string }

/**
 * Main explains a refusal in English with a code. In English that sentence is the most
 * precise one; in another language the user reads the code's message from the message
 * files instead, and each field's complaint says in their language to check the field.
 */
export function localiseError(error: AppError): ShownError {
  const { t, te, locale } = i18n.global
  if ((error as ShownError).detail !== undefined) return error
  // A refusal with a reason says what to do, in every language (English included, so the
  // words on screen are always the message files').
  const reason = error.reason ? `refusals.${error.reason.key}` : null
  if (reason && te(reason))
    return { ...error, message: t(reason, error.reason?.values ?? {}), detail: error.message }
  if (locale.value === 'en') return error
  const key = `errors.${error.code}`
  const shown: ShownError = {
    ...error,
    message: te(key) ? t(key) : t('errors.internal'),
    detail: error.message
  }
  if (error.fields)
    shown.fields = Object.fromEntries(
      Object.keys(error.fields).map((field) => [field, t('errors.invalidField')])
    )
  return shown
}

/** An error the renderer itself met (no answer, a refused upload), in the app's language. */
export function rendererError(
  code: AppError['code'],
  key: string,
  named: Record<string, unknown> = {}
): Result<never> {
  const message = i18n.global.t(key, named)
  return { ok: false, error: { code, message, detail: message } as ShownError }
}

export function localiseResult<T>(result: Result<T>): Result<T> {
  return result.ok ? result : { ok: false, error: localiseError(result.error) }
}

type Call = (input: unknown) => Promise<Result<unknown>>

/** The same api, every refusal it answers said in the app's language. */
export function localisedApi(raw: Api): Api {
  const calls = raw as unknown as Record<MethodName, Call>
  return buildApi(async (name, input) => localiseResult(await calls[name](input)))
}
