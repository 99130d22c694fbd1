import type { ErrorCode } from '../../shared/result'

/** A refusal the user should read: carried to the UI as a typed error value. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string
  ) {
    super(message)
  }
}
