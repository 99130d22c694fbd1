import { computed, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'

export interface RowLabels {
  category: (category: string) => string
  usage: (usage: string) => string
  risk: (risk: string) => string
  noRisk: string
  select: (name: string) => string
  edit: (name: string) => string
  remove: (name: string) => string
  markUnlinked: string
  undo: string
  undoUnlinked: (name: string) => string
  editTitle: string
  deleteTitle: string
  date: (iso: string) => string
}

/**
 * The inventory's cell labels, resolved once per language and reused by every row: a
 * translation call per cell was a third of a keystroke's work at 10,000 accounts.
 */
export function useRowLabels(): ComputedRef<RowLabels> {
  const { t, locale } = useI18n()
  return computed(() => {
    const memo = (key: (v: string) => string): ((v: string) => string) => {
      const seen = new Map<string, string>()
      return (v) => seen.get(v) ?? (seen.set(v, t(key(v))).get(v) as string)
    }
    // "Edit {name}" split once around the name, then joined per row.
    const named = (key: string): ((name: string) => string) => {
      const [before = '', after = ''] = t(key, { name: '\u0000' }).split('\u0000')
      return (name) => before + name + after
    }
    const dates = new Intl.DateTimeFormat(locale.value, {
      year: 'numeric',
      month: 'short',
      day: 'numeric'
    })
    return {
      category: memo((c) => `category.${c}`),
      usage: memo((u) => `usage.${u}`),
      risk: memo((r) => `risk.${r}`),
      noRisk: t('accounts.noRisk'),
      select: named('a11y.selectRow'),
      edit: named('accounts.editNamed'),
      remove: named('accounts.deleteNamed'),
      markUnlinked: t('accounts.markUnlinked'),
      undo: t('common.undo'),
      undoUnlinked: named('accounts.undoUnlinkedNamed'),
      editTitle: t('common.edit'),
      deleteTitle: t('common.delete'),
      date: (iso) => dates.format(new Date(iso))
    }
  })
}

/**
 * Width of the actions column: two icon buttons and the widest of the labels the text
 * button takes ("Mark unlinked", "Undo") in the current language, measured in the
 * table's own font.
 */
export function actionsColumnWidth(labels: string[], font: string): number {
  const context = document.createElement('canvas').getContext('2d')
  if (!context) return 300
  context.font = font
  const text = Math.ceil(Math.max(...labels.map((label) => context.measureText(label).width)))
  // Button padding 2×10, two 28 px icon buttons, gaps 2×4, cell padding 2×8.
  return text + 20 + 56 + 8 + 16 + 4
}
