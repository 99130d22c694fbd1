/** Carriers the first users cancel. */
export const KNOWN_CARRIERS = [
  { id: 'mts', name: 'MTS' },
  { id: 'beeline', name: 'Beeline' },
  { id: 'megafon', name: 'MegaFon' },
  { id: 't2', name: 'T2' },
  { id: 'yota', name: 'Yota' }
] as const

export function carrierName(carrier: string): string {
  return KNOWN_CARRIERS.find((c) => c.id === carrier)?.name ?? carrier
}
