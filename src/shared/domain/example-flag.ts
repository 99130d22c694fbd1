import { z } from 'zod'

/**
 * Set on every record the example data created (a number, its accounts, people and
 * proofs), and absent on the user's own. It travels with the record through export and
 * restore on purpose: a restored copy of the example can still be recognised, shown with
 * its banner and removed in one action.
 */
export const ExampleFlag = z.literal(true).optional()
