import { NButton, useDialog, useNotification } from 'naive-ui'
import { h } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Account, Status } from '../../../shared/domain/account'
import type { AppError } from '../../../shared/result'
import { useNumbers } from '../cases/use-numbers'
import { useAccountNames } from '../catalog/use-account-names'
import { useAccountsStore } from '../stores/accounts'

/**
 * What the accounts list does to a selection (or a single account): delete after a
 * confirmation, move to another number, set a status, merge duplicates. Each is one
 * write, and each offers one Undo for everything it changed.
 */
export function useBulkActions() {
  const { t } = useI18n()
  const dialog = useDialog()
  const notification = useNotification()
  const store = useAccountsStore()
  const numbers = useNumbers()
  // Each account as the list names it: a catalog service in the app's language.
  const nameOf = useAccountNames(() => store.accounts)

  function failed(error: AppError): void {
    notification.error({ title: error.message, duration: 6000 })
  }

  /** A notification with one Undo button. */
  function offerUndo(title: string, content: string | undefined, undo: () => Promise<void>): void {
    const toast = notification.success({
      title,
      content,
      duration: 10_000,
      action: () =>
        h(
          NButton,
          {
            size: 'small',
            type: 'primary',
            onClick: async () => {
              toast.destroy()
              await undo()
            }
          },
          { default: () => t('common.undo') }
        )
    })
  }

  const accountsOf = (ids: string[]): Account[] => {
    const wanted = new Set(ids)
    return store.accounts.filter((a) => wanted.has(a.id))
  }

  /** Deletes after a confirmation; one Undo brings every one of them back. */
  function remove(ids: string[], afterDelete?: () => void): void {
    const chosen = accountsOf(ids)
    if (chosen.length === 0) return
    dialog.warning({
      title: t('bulk.deleteTitle', { count: chosen.length }, chosen.length),
      content: t(
        'bulk.deleteBody',
        {
          names: chosen.slice(0, 5).map(nameOf).join(t('common.listSeparator')),
          count: chosen.length
        },
        chosen.length
      ),
      positiveText: t('common.delete'),
      negativeText: t('common.cancel'),
      onPositiveClick: async () => {
        const { error, deleted } = await store.removeMany(chosen.map((a) => a.id))
        if (error) return failed(error)
        afterDelete?.()
        offerUndo(
          t('bulk.deleted', { count: deleted.length }, deleted.length),
          undefined,
          async () => {
            const undoError = await store.restoreMany(deleted)
            if (undoError) failed(undoError)
          }
        )
      }
    })
  }

  /**
   * Moves to another number. The evidence stays as found, naming the number the messages
   * came to or the logins spelled: the notification says so.
   */
  async function move(ids: string[], caseId: string): Promise<boolean> {
    const before = new Map(accountsOf(ids).map((a) => [a.id, a.caseId]))
    const moving = [...before].filter(([, from]) => from !== caseId).map(([id]) => id)
    if (moving.length === 0) return true
    const error = await store.move(moving, caseId)
    if (error) {
      failed(error)
      return false
    }
    const withEvidence = accountsOf(moving).some((a) => a.evidence)
    offerUndo(
      t('bulk.moved', { count: moving.length, number: numbers.label(caseId) }, moving.length),
      withEvidence ? t('bulk.evidenceStays') : undefined,
      async () => {
        const byCase = new Map<string, string[]>()
        for (const id of moving) {
          const from = before.get(id)!
          byCase.set(from, [...(byCase.get(from) ?? []), id])
        }
        for (const [from, group] of byCase) {
          const undoError = await store.move(group, from)
          if (undoError) return failed(undoError)
        }
      }
    )
    return true
  }

  /** One status on every chosen account; Undo puts each back to its own. */
  async function setStatus(ids: string[], status: Status): Promise<boolean> {
    const before = accountsOf(ids).filter((a) => a.status !== status)
    if (before.length === 0) return true
    const error = await store.setStatus(
      before.map((a) => a.id),
      status
    )
    if (error) {
      failed(error)
      return false
    }
    const previous = new Map(before.map((a) => [a.id, a.status]))
    offerUndo(
      t('bulk.statusSet', { count: before.length, status: t(`status.${status}`) }, before.length),
      undefined,
      async () => {
        const byStatus = new Map<Status, string[]>()
        for (const [id, was] of previous) byStatus.set(was, [...(byStatus.get(was) ?? []), id])
        for (const [was, group] of byStatus) {
          const undoError = await store.setStatus(group, was)
          if (undoError) return failed(undoError)
        }
      }
    )
    return true
  }

  /**
   * Merges duplicates into the one added first, after a confirmation that says what the
   * merged account keeps; Undo puts them apart again.
   */
  function merge(ids: string[], afterMerge?: () => void): void {
    const chosen = accountsOf(ids).sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    const [keep, ...others] = chosen
    if (!keep || others.length === 0) return
    if (others.some((o) => o.caseId !== keep.caseId)) {
      notification.warning({ title: t('duplicates.sameNumberOnly'), duration: 6000 })
      return
    }
    dialog.warning({
      title: t('duplicates.mergeTitle', { count: chosen.length }, chosen.length),
      content: t('duplicates.mergeBody', {
        name: nameOf(keep),
        number: numbers.label(keep.caseId)
      }),
      positiveText: t('duplicates.merge'),
      negativeText: t('common.cancel'),
      onPositiveClick: async () => {
        const { error, undo } = await store.merge(
          keep.id,
          others.map((o) => o.id)
        )
        if (error || !undo) return failed(error!)
        afterMerge?.()
        offerUndo(t('duplicates.merged', { name: nameOf(keep) }), undefined, async () => {
          const undoError = await store.undoMerge(undo)
          if (undoError) failed(undoError)
        })
      }
    })
  }

  return { remove, move, setStatus, merge }
}
