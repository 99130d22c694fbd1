import type { CustomStep } from '../domain/account'
import { PLAYBOOK_KINDS, type PlaybookKind } from '../domain/playbook-kind'
import { PLAYBOOK_STEPS, type PlaybookStep } from './steps'

export { PLAYBOOK_KINDS, type PlaybookKind, type PlaybookStep }

export interface Playbook {
  kind: PlaybookKind
  steps: PlaybookStep[]
}

export function playbookFor(kind: PlaybookKind): Playbook {
  return { kind, steps: PLAYBOOK_STEPS[kind] }
}

/** The i18n keys of a built-in step's title and help. */
export function stepKeys(kind: PlaybookKind, stepId: string): { title: string; help: string } {
  return {
    title: `playbook.${kind}.steps.${stepId}.title`,
    help: `playbook.${kind}.steps.${stepId}.help`
  }
}

export interface StepProgress {
  done: number
  total: number
  /** Every step ticked: the app proposes "unlinked". */
  allTicked: boolean
  /** The final check ticked: the app proposes "verified". */
  finalTicked: boolean
}

/** How far an account is through its playbook plus the steps the user added. */
export function stepProgress(
  kind: PlaybookKind,
  ticked: readonly string[],
  custom: readonly CustomStep[] = []
): StepProgress {
  const ids = [...PLAYBOOK_STEPS[kind].map((s) => s.id), ...custom.map((s) => s.id)]
  const set = new Set(ticked)
  const done = ids.filter((id) => set.has(id)).length
  const final = PLAYBOOK_STEPS[kind].find((s) => s.final)
  return {
    done,
    total: ids.length,
    allTicked: ids.length > 0 && done === ids.length,
    finalTicked: final !== undefined && set.has(final.id)
  }
}
