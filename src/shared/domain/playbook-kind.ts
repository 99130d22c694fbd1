/** The kinds of guided unlinking; each has an ordered playbook of steps. */
export const PLAYBOOK_KINDS = [
  'bank',
  'payments',
  'email',
  'social',
  'messenger',
  'government',
  'marketplace',
  'emergencyContact',
  'generic'
] as const
export type PlaybookKind = (typeof PLAYBOOK_KINDS)[number]
