import type { AccountDraft, Status } from '../../shared/domain/account'
import { EMPTY_CHECKLIST, type CaseDraft } from '../../shared/domain/case'
import type { PersonDraft } from '../../shared/domain/person'

/** A realistic example: an MTS number cancelled in a Moscow store three weeks ago. */
export const DEMO_CASE: CaseDraft = {
  number: '+7 916 555-01-23',
  country: 'RU',
  carrier: 'mts',
  reference: 'MTS-2026-448120',
  channel: 'store',
  status: 'confirmed',
  notes: 'Cancelled at the MTS store on Tverskaya. Balance paid in full before closing.',
  checklist: {
    ...EMPTY_CHECKLIST,
    call: true,
    passport: true,
    sim: true,
    contract: true,
    form: true,
    identity: true,
    balance: true,
    agreement: true,
    receipt: true
  }
}

/** Catalog services of the example, each with the state the user has reached. */
export const DEMO_SERVICES: Array<{ catalogId: string; status: Status; ticks?: number }> = [
  { catalogId: 'gosuslugi', status: 'verified', ticks: 99 },
  { catalogId: 'sber', status: 'inProgress', ticks: 2 },
  { catalogId: 't-bank', status: 'unlinked', ticks: 99 },
  { catalogId: 'telegram', status: 'verified', ticks: 99 },
  { catalogId: 'whatsapp', status: 'todo' },
  { catalogId: 'vk', status: 'todo' },
  { catalogId: 'yandex-id', status: 'inProgress', ticks: 1 },
  { catalogId: 'ozon', status: 'todo' },
  { catalogId: 'wildberries', status: 'notNeeded' },
  { catalogId: 'google', status: 'unlinked', ticks: 99 },
  { catalogId: 'wechat', status: 'todo' }
]

/** A service that is not in the catalog, added by hand. */
export const DEMO_MANUAL_ACCOUNT: AccountDraft = {
  name: 'Fitness club "Alex"',
  category: 'other',
  usages: ['contact', 'notifications'],
  notes: 'Membership card is tied to the old number; ask at the front desk.',
  status: 'todo'
}

export const DEMO_PEOPLE: Array<Omit<PersonDraft, 'caseId'>> = [
  {
    name: 'Mum',
    relation: 'mother',
    contact: 'WhatsApp, new number sent by SMS',
    status: 'notified'
  },
  {
    name: 'Dr. Ivanova',
    relation: 'family doctor',
    contact: 'clinic reception +7 495 000-00-00',
    status: 'toNotify'
  }
]
