import type { ServiceFile, Statement } from './knowledge-schema'

/**
 * Whether a service's own playbook says enough to stand on its own: how to change the
 * number while the SIM works, a way in without it, what the number's next owner could do,
 * and whether a foreign number is accepted (or that this is not known), each with its
 * sources; every step and route says whether it needs a code to the old number; and not
 * every page behind it is an unofficial one. The catalog's `ownPlaybook` is this answer,
 * so it can only be earned by the data.
 */
export function meetsPlaybookStandard(service: ServiceFile): boolean {
  const playbook = service.playbook
  if (!playbook) return false
  const sourced = (list: readonly Statement[]): boolean =>
    list.length > 0 && list.every((s) => s.sources.length > 0)
  const saysOldSim = (list: readonly Statement[]): boolean =>
    list.every((s) => s.needsOldSim !== undefined)
  if (!sourced(playbook.steps) || !saysOldSim(playbook.steps)) return false
  if (!sourced(playbook.route) || !saysOldSim(playbook.route)) return false
  if (!sourced(playbook.stranger)) return false
  const foreign = service.phone.foreignNumber
  if (!foreign) return false
  if (foreign.value !== 'unknown' && foreign.sources.length === 0) return false
  const kinds = [
    ...playbook.steps,
    ...playbook.waits,
    ...playbook.route,
    ...playbook.stranger,
    ...playbook.contacts
  ].flatMap((s) => s.sources.map((x) => x.kind))
  return kinds.some((kind) => kind !== 'unofficial')
}
