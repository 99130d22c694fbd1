import type { Category, Status, Usage } from '../../../shared/domain/account'

/** What the account form hands back on save. */
export interface FormFields {
  name: string
  category: Category
  usages: Usage[]
  settingsUrl: string | null
  notes: string
  status: Status
  /** The number it is on; absent with a single number (it goes to that one). */
  caseId?: string
}
