import { NButton, useDialog, useNotification } from 'naive-ui'
import { h } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Account } from '../../../shared/domain/account'
import { useAccountsStore } from '../stores/accounts'

/** Delete after a confirmation naming the account, then offer undo for a few seconds. */
export function useDeleteWithUndo() {
  const { t } = useI18n()
  const dialog = useDialog()
  const notification = useNotification()
  const store = useAccountsStore()

  return function confirmDelete(account: Account, afterDelete?: () => void): void {
    dialog.warning({
      title: t('delete.title'),
      content: t('delete.body', { name: account.name }),
      positiveText: t('common.delete'),
      negativeText: t('common.cancel'),
      onPositiveClick: async () => {
        const { error, deleted } = await store.remove(account.id)
        if (error || !deleted) {
          notification.error({ title: t('delete.failed'), content: error?.message, duration: 6000 })
          return
        }
        afterDelete?.()
        const toast = notification.info({
          title: t('delete.done', { name: deleted.name }),
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
                  if (undoError) notification.error({ title: undoError.message, duration: 6000 })
                }
              },
              { default: () => t('common.undo') }
            )
        })
      }
    })
  }
}
