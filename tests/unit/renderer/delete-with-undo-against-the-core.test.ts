import { flushPromises, mount } from '@vue/test-utils'
import { NDialogProvider, NNotificationProvider } from 'naive-ui'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import type { UnlinkerCore } from '../../../src/core/unlinker-core'
import { i18n, setLocale } from '../../../src/renderer/src/i18n'
import type { Person } from '../../../src/shared/domain/person'
import type { Account } from '../../../src/shared/domain/account'
import { freshCoreBehind, installPreloadApi } from '../../support/core-behind-the-renderer'
import { must } from '../../support/open-core'

type DeleteWithUndo = typeof import('../../../src/renderer/src/undo/use-delete-with-undo')
let useDeleteWithUndo: DeleteWithUndo['useDeleteWithUndo']
let usePeopleStore: typeof import('../../../src/renderer/src/stores/people').usePeopleStore
let useAccountsStore: typeof import('../../../src/renderer/src/stores/accounts').useAccountsStore
let useAccountNames: typeof import('../../../src/renderer/src/catalog/use-account-names').useAccountNames

beforeAll(async () => {
  installPreloadApi()
  ;({ useDeleteWithUndo } = await import('../../../src/renderer/src/undo/use-delete-with-undo'))
  ;({ usePeopleStore } = await import('../../../src/renderer/src/stores/people'))
  ;({ useAccountsStore } = await import('../../../src/renderer/src/stores/accounts'))
  ;({ useAccountNames } = await import('../../../src/renderer/src/catalog/use-account-names'))
})

let core: UnlinkerCore
beforeEach(async () => {
  core = await freshCoreBehind()
  await setLocale('en')
})
afterEach(() => {
  document.body.innerHTML = ''
})

/** The page's delete, inside the dialog and notification hosts the app has. */
function mountDelete(setup: () => (record: never) => void): (record: unknown) => void {
  let confirmDelete: (record: never) => void = () => undefined
  const Page = defineComponent(() => {
    confirmDelete = setup()
    return () => null
  })
  mount(
    defineComponent(
      () => () =>
        h(NNotificationProvider, null, {
          default: () => h(NDialogProvider, null, { default: () => h(Page) })
        })
    ),
    { global: { plugins: [i18n] }, attachTo: document.body }
  )
  return (record) => confirmDelete(record as never)
}

const shown = (): string => document.body.textContent ?? ''

/** Clicks the button with this text once it is shown (naive-ui teleports its dialogs). */
async function click(text: string): Promise<void> {
  const button = await vi.waitFor(() => {
    const found = [...document.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === text
    )
    if (!found) throw new Error(`no "${text}" button in: ${shown()}`)
    return found
  })
  button.click()
  await flushPromises()
}

/** Waits for the text to be on screen: the core answers after its write is on disk. */
const showing = (text: string): Promise<void> => vi.waitFor(() => expect(shown()).toContain(text))

describe('delete with undo, for people and accounts alike', () => {
  it('deletes a person after the confirmation, and undo puts them back', async () => {
    const c = await must(core, 'createCase', { number: '+79123456789' })
    const person = await must(core, 'createPerson', { name: 'Anna', caseId: c.id })
    const remove = mountDelete(() =>
      useDeleteWithUndo(usePeopleStore(), {
        title: 'people.deleteTitle',
        body: 'people.deleteBody'
      })
    )
    remove(person)
    await click('Delete')
    await showing('Deleted Anna')
    expect(await must(core, 'listPeople', {})).toEqual([])
    await click('Undo')
    await vi.waitFor(() =>
      expect(usePeopleStore().people.map((p: Person) => p.id)).toEqual([person.id])
    )
    expect((await must(core, 'listPeople', {})).map((p: Person) => p.id)).toEqual([person.id])
    expect(shown()).not.toContain('Could not undo')
  })

  it('says so when undo is refused (the person’s number was deleted meanwhile)', async () => {
    const c = await must(core, 'createCase', { number: '+79123456789' })
    const person = await must(core, 'createPerson', { name: 'Anna', caseId: c.id })
    const remove = mountDelete(() =>
      useDeleteWithUndo(usePeopleStore(), {
        title: 'people.deleteTitle',
        body: 'people.deleteBody'
      })
    )
    remove(person)
    await click('Delete')
    await showing('Deleted Anna')
    await must(core, 'deleteCase', { id: c.id })
    await click('Undo')
    await showing('Could not undo the delete')
    expect(shown()).toContain('This number (case) no longer exists.')
    expect(await must(core, 'listPeople', {})).toEqual([])
  })

  it('says so when undo of an account is refused, the same way', async () => {
    const c = await must(core, 'createCase', { number: '+79123456789' })
    const account = await must(core, 'createAccount', { name: 'Sber', caseId: c.id })
    const accounts = useAccountsStore()
    await accounts.load()
    const remove = mountDelete(() =>
      useDeleteWithUndo(accounts, { title: 'delete.title', body: 'delete.body' })
    )
    remove(account)
    await click('Delete')
    await showing('Deleted Sber')
    await must(core, 'deleteCase', { id: c.id })
    await click('Undo')
    await showing('Could not undo the delete')
    expect(await must(core, 'listAccounts', {})).toEqual([])
    expect(accounts.accounts.map((a: Account) => a.id)).not.toContain(account.id)
  })

  it('names a catalog service in the app’s language, in the question and in the toast', async () => {
    const c = await must(core, 'createCase', { number: '+79123456789' })
    const [railway] = await must(core, 'addFromCatalog', { caseId: c.id, catalogIds: ['12306'] })
    await setLocale('zh-CN')
    const accounts = useAccountsStore()
    await accounts.load()
    // As the accounts page and an account's page ask it.
    const remove = mountDelete(() => {
      const nameOf = useAccountNames(() => accounts.accounts)
      return useDeleteWithUndo(accounts, { title: 'delete.title', body: 'delete.body' }, nameOf)
    })
    // The page has its service's catalog entry long before a click: wait for it as it does.
    const { useCatalogStore } = await import('../../../src/renderer/src/stores/catalog')
    await vi.waitFor(() => expect(useCatalogStore().entry('12306')).toBeTruthy())
    remove(railway)
    await showing('铁路12306')
    expect(shown()).not.toContain('China Railway')
    await click('删除')
    await showing(i18n.global.t('delete.done', { name: '铁路12306' }))
  })
})
