import type { Handlers } from '../call/handler-types'
import type { StoreData } from '../store/schema'
import type { PeopleRules } from './people-rules'

type PeopleMethods =
  'listPeople' | 'createPerson' | 'updatePerson' | 'deletePerson' | 'restorePerson'

/** The people who have the old number: each method one line over the rules. */
export function buildPeopleHandlers(deps: {
  data: () => StoreData
  people: PeopleRules
  mutate: <T>(change: () => T) => Promise<T>
}): Pick<Handlers, PeopleMethods> {
  const { data, people, mutate } = deps
  return {
    listPeople: async () => data().people,
    createPerson: (draft) => mutate(() => people.create(draft)),
    updatePerson: ({ id, patch }) => mutate(() => people.update(id, patch)),
    deletePerson: ({ id }) => mutate(() => people.delete(id)),
    restorePerson: ({ person }) => mutate(() => people.restore(person))
  }
}
