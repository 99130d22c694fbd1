import type { Category, Status, Usage } from '../../../shared/domain/account'

/** What the account form hands back on save. */
export interface FormFields {
  name: string
  category: Category
  usages: Usage[]
  settingsUrl: string | null
  notes: string
  status: Status
}
