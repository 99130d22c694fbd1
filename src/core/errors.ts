import type { AppError, ErrorCode, Refusal } from '../shared/result'

/**
 * A refusal the user should read: carried to the UI as a typed error value. The message
 * is English (the command line prints it); `reason`, when given, lets the screen say it
 * in the user's language.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly reason?: Refusal
  ) {
    super(message)
  }
}

/** The system said the disk (or the user's quota on it) has no room left. */
export function isDiskFull(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code
  return code === 'ENOSPC' || code === 'EDQUOT'
}

/** A write refused for want of space, said in one sentence that names the folder. */
export class DiskFullError extends DomainError {
  constructor(readonly dir: string) {
    super(
      'storeUnavailable',
      `The disk that holds ${dir} is full; free some space there, or export your proofs to another disk.`
    )
  }
}

/**
 * Any failure as the error value a user reads; a full disk is said plainly, not as
 * ENOSPC. An unexpected error's message follows `context`, when one is given.
 */
export function describeFailure(
  error: unknown,
  context: string | null = 'Something went wrong'
): AppError {
  if (error instanceof DomainError)
    return error.reason
      ? { code: error.code, message: error.message, reason: error.reason }
      : { code: error.code, message: error.message }
  if (isDiskFull(error))
    return {
      code: 'storeUnavailable',
      message: 'The disk is full; free some space, or choose a folder on another disk.'
    }
  return {
    code: 'internal',
    message: `${context ? `${context}: ` : ''}${error instanceof Error ? error.message : String(error)}`
  }
}
