/**
 * Carriers the first users cancel. `reassignDays` is an estimate of how long after a
 * cancellation the carrier may hand the number to a new subscriber; carriers do not
 * publish a fixed figure, so the UI shows it as an estimate and lets the user change it.
 * A short estimate is the safer mistake.
 */
export const KNOWN_CARRIERS = [
  { id: 'mts', name: 'MTS', reassignDays: 90 },
  { id: 'beeline', name: 'Beeline', reassignDays: 90 },
  { id: 'megafon', name: 'MegaFon', reassignDays: 90 },
  { id: 't2', name: 'T2', reassignDays: 90 },
  { id: 'yota', name: 'Yota', reassignDays: 90 }
] as const

/** For a carrier typed in by hand. */
export const DEFAULT_REASSIGN_DAYS = 60

export function carrierName(carrier: string): string {
  return KNOWN_CARRIERS.find((c) => c.id === carrier)?.name ?? carrier
}

export function defaultReassignDays(carrier: string): number {
  return KNOWN_CARRIERS.find((c) => c.id === carrier)?.reassignDays ?? DEFAULT_REASSIGN_DAYS
}
