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
  markNamed: (name: string) => string
  editTitle: string
  deleteTitle: string
  date: (iso: string) => string
  /** The same date in digits, for a narrow window. */
  shortDate: (iso: string) => string
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
    const digits = new Intl.DateTimeFormat(locale.value, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit'
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
      markNamed: named('accounts.markUnlinkedNamed'),
      editTitle: t('common.edit'),
      deleteTitle: t('common.delete'),
      date: (iso) => dates.format(new Date(iso)),
      shortDate: (iso) => digits.format(new Date(iso))
    }
  })
}

/** Three 28 px icon buttons (edit, delete, mark unlinked or undo), two 4 px gaps, padding. */
export const ACTIONS_WIDTH = 3 * 28 + 2 * 4 + 2 * 8 + 4

export interface ColumnTexts {
  category: string[]
  risk: string[]
  status: string[]
  /** A long date in the language ("28 сент. 2026 г."). */
  date: string
  /** The numbers' labels ("+86 139 1234 5678"); none when the column is not shown. */
  number: string[]
}

export interface ColumnWidths {
  category: number
  risk: number
  status: number
  updated: number
  /** 0 when there is no number column. */
  number: number
}

/**
 * Widths of the short columns, from the longest text each shows in the current language
 * measured in the table's own font: Russian categories and statuses are twice as long as
 * Chinese ones, and a fixed width either cut the one or wasted room the name needs.
 */
export function columnWidths(texts: ColumnTexts, family: string): ColumnWidths {
  const context = document.createElement('canvas').getContext('2d')
  const widest = (list: string[], font: string): number => {
    if (!context) return 120
    context.font = font
    return Math.ceil(Math.max(...list.map((text) => context.measureText(text).width)))
  }
  const clamp = (value: number, min: number, max: number): number =>
    Math.min(max, Math.max(min, value))
  // Cell padding 2×8 and a few pixels for rounding; the status tag has 2×10 more.
  return {
    category: clamp(widest(texts.category, `14px ${family}`) + 20, 80, 170),
    risk: clamp(widest(texts.risk, `550 13px ${family}`) + 20, 70, 140),
    status: clamp(widest(texts.status, `12px ${family}`) + 42, 90, 160),
    updated: clamp(widest([texts.date], `14px ${family}`) + 20, 90, 150),
    number: texts.number.length ? clamp(widest(texts.number, `14px ${family}`) + 20, 90, 200) : 0
  }
}
