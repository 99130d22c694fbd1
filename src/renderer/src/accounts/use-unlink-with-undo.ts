import { NButton, useNotification } from 'naive-ui'
import { computed, h, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Status } from '../../../shared/domain/account'
import { useAccountsStore } from '../stores/accounts'

/**
 * Marks accounts unlinked and keeps what they were before, so the same row button and a
 * notification (bottom right, clear of the page's header buttons) can put them back.
 */
export function useUnlinkWithUndo() {
  const { t } = useI18n()
  const notification = useNotification()
  const store = useAccountsStore()
  /** Each account marked here, with its status before; cleared by undo. */
  const previous = shallowRef(new Map<string, Status>())
  const undoable = computed(() => new Set(previous.value.keys()))

  function remember(entries: Array<[string, Status]>): void {
    const next = new Map(previous.value)
    for (const [id, status] of entries) next.set(id, status)
    previous.value = next
  }

  function forget(ids: string[]): void {
    const next = new Map(previous.value)
    for (const id of ids) next.delete(id)
    previous.value = next
  }

  async function undo(ids: string[]): Promise<void> {
    const byStatus = new Map<Status, string[]>()
    for (const id of ids) {
      const status = previous.value.get(id)
      if (status) byStatus.set(status, [...(byStatus.get(status) ?? []), id])
    }
    for (const [status, group] of byStatus) {
      const error = await store.setStatus(group, status)
      if (error) {
        notification.error({ title: error.message, duration: 6000 })
        return
      }
    }
    forget(ids)
  }

  async function unlink(ids: string[]): Promise<boolean> {
    const wanted = new Set(ids)
    const before: Array<[string, Status]> = store.accounts
      .filter((a) => wanted.has(a.id) && a.status !== 'unlinked')
      .map((a) => [a.id, a.status])
    // Remembered first: the row must never render as done without its undo, or the
    // button would leave the page for a moment and take the keyboard focus with it.
    remember(before)
    const error = await store.setStatus(ids, 'unlinked')
    if (error) {
      forget(before.map(([id]) => id))
      notification.error({ title: error.message, duration: 6000 })
      return false
    }
    const changed = before.map(([id]) => id)
    const toast = notification.success({
      title: t('accounts.markedUnlinked', { count: ids.length }, ids.length),
      duration: 8000,
      action: () =>
        h(
          NButton,
          {
            size: 'small',
            type: 'primary',
            onClick: async () => {
              toast.destroy()
              await undo(changed)
            }
          },
          { default: () => t('common.undo') }
        )
    })
    return true
  }

  /** The status an account is placed by: its old one while its undo is offered. */
  const placedStatus = (account: { id: string; status: Status }): Status =>
    previous.value.get(account.id) ?? account.status

  return { unlink, undo, undoable, placedStatus }
}
