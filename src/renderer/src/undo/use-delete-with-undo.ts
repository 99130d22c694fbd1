import { NButton, useDialog, useNotification } from 'naive-ui'
import { h } from 'vue'
import { useI18n } from 'vue-i18n'
import type { AppError } from '../../../shared/result'

/** A store whose records can be deleted and put back as they were (accounts, people). */
export interface UndoableStore<T> {
  remove(id: string): Promise<{ error: AppError | null; deleted: T | null }>
  restore(record: T): Promise<AppError | null>
}

/**
 * Delete after a confirmation naming the record, then offer undo for a few seconds. A
 * delete or an undo that main refuses says why, and changes nothing on screen.
 * `words` are the message keys of the confirmation's title and body (the body names it).
 */
export function useDeleteWithUndo<T extends { id: string; name: string }>(
  store: UndoableStore<T>,
  words: { title: string; body: string },
  /** What the record is called on screen (an account's service in the app's language). */
  nameOf: (record: T) => string = (record) => record.name
): (record: T, afterDelete?: () => void) => void {
  const { t } = useI18n()
  const dialog = useDialog()
  const notification = useNotification()

  const failed = (title: string, error: AppError | null): void =>
    void notification.error({ title, content: error?.message, duration: 6000 })

  return function confirmDelete(record, afterDelete) {
    dialog.warning({
      title: t(words.title),
      content: t(words.body, { name: nameOf(record) }),
      positiveText: t('common.delete'),
      negativeText: t('common.cancel'),
      onPositiveClick: async () => {
        const { error, deleted } = await store.remove(record.id)
        if (error || !deleted) return failed(t('delete.failed'), error)
        afterDelete?.()
        const toast = notification.info({
          title: t('delete.done', { name: nameOf(deleted) }),
          duration: 8000,
          action: () =>
            h(
              NButton,
              {
                size: 'small',
                type: 'primary',
                onClick: async () => {
                  toast.destroy()
                  const undoError = await store.restore(deleted)
                  if (undoError) failed(t('delete.undoFailed'), undoError)
                }
              },
              { default: () => t('common.undo') }
            )
        })
      }
    })
  }
}
