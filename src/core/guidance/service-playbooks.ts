import { CHINESE_SERVICES } from './services-chinese'
import { INTERNATIONAL_SERVICES } from './services-international'
import { RUSSIAN_SERVICES } from './services-russian'
import type { ServicePlaybook } from './service-playbook'

/** Every service with its own playbook, by catalog id. */
export const SERVICE_PLAYBOOKS: ReadonlyMap<string, ServicePlaybook> = new Map(
  [...RUSSIAN_SERVICES, ...INTERNATIONAL_SERVICES, ...CHINESE_SERVICES].map((s) => [s.id, s])
)
