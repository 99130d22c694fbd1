/** What the history records, without its schemas; history.ts re-exports this. */
export const HISTORY_ACTIONS = [
  'created',
  'updated',
  'deleted',
  'restored',
  'stepTicked',
  'stepUnticked',
  /** Duplicates joined into one account (on each of them), and that put back. */
  'merged',
  'unmerged'
] as const
export const HISTORY_ENTITIES = ['case', 'account', 'person', 'proof'] as const
export type HistoryAction = (typeof HISTORY_ACTIONS)[number]
