import type { FieldChange, HistoryEvent } from '../../../shared/domain/history'

type Value = FieldChange['from']

/** What wording a change needs from the app: its messages, dates and names. */
export interface Wording {
  t: (key: string, named?: Record<string, unknown>, plural?: number) => string
  te: (key: string) => boolean
  /** A calendar date (YYYY-MM-DD) as the app's language writes it. */
  day: (date: string) => string
  /** A step of the event's account, as its checklist names it. */
  stepTitle: (stepId: string) => string
  /** An old number by its id, as the user reads it. */
  caseName: (caseId: string) => string
}

type Entity = HistoryEvent['entity']

/** Enum fields whose values are named by a message per value, per kind of record. */
const ENUM_KEYS: Record<string, (entity: Entity, value: string) => string> = {
  status: (entity, v) =>
    entity === 'person'
      ? `personStatus.${v}`
      : entity === 'case'
        ? `caseStatus.${v}`
        : `status.${v}`,
  category: (_, v) => `category.${v}`,
  usages: (_, v) => `usage.${v}`,
  replacement: (_, v) => `replacement.${v}`,
  playbook: (_, v) => `playbook.${v}.name`,
  phoneCodes: (_, v) => `history.phoneCodes.${v}`,
  channel: (_, v) => `case.channels.${v}`,
  country: (_, v) => `country.${v}`,
  kind: (_, v) => `proofKind.${v}`,
  evidence: (_, v) => `history.evidence.${v}`,
  messageLanguages: (_, v) => `history.languageName.${v}`
}

const DATE_FIELDS = new Set([
  'notifiedOn',
  'cancellationDate',
  'keepProofsUntil',
  'lastUseDate',
  'documentDate',
  'departureDate'
])
/**
 * Internal links a user never sees as such; the change shows through other fields. The
 * state checks done are ids of knowledge statements, shown ticked on the dashboard.
 */
const HIDDEN_FIELDS = new Set(['catalogId', 'stateActionsDone'])

/**
 * One field's change as a line of the history, every name and value in the app's
 * language: "Status: To notify → Notified", never "status.toNotify". A field or value
 * the app has no words for says so in words rather than showing its internal name.
 */
export function describeChange(
  entity: Entity,
  field: string,
  change: FieldChange,
  w: Wording
): string | null {
  if (HIDDEN_FIELDS.has(field)) return null
  const label = w.te(`field.${field}`) ? w.t(`field.${field}`) : w.t('field.other')
  if (field === 'checklist') return `${label}: ${checklistChange(change, w)}`
  const show = (value: Value): string => valueText(entity, field, value, w)
  return change.from === null || change.from === ''
    ? `${label}: ${show(change.to)}`
    : `${label}: ${show(change.from)} → ${show(change.to)}`
}

function valueText(entity: Entity, field: string, value: Value, w: Wording): string {
  if (value === null || value === '') return '—'
  if (Array.isArray(value))
    return value.length ? value.map((v) => valueText(entity, field, v, w)).join(', ') : '—'
  if (typeof value === 'boolean') return w.t(value ? 'history.yes' : 'history.no')
  if (typeof value === 'number')
    return field === 'reassignDays' ? w.t('history.days', { count: value }, value) : String(value)
  const keyOf = ENUM_KEYS[field]
  if (keyOf) {
    const key = keyOf(entity, value)
    return w.te(key) ? w.t(key) : w.t('history.unknownValue')
  }
  if (DATE_FIELDS.has(field))
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? w.day(value) : w.t('history.unknownValue')
  if (field === 'step') return w.stepTitle(value)
  if (field === 'caseId') return w.caseName(value)
  if (field === 'customSteps') return customStepTitles(value)
  return value
}

/** A checklist is kept as its ticks in JSON: said as the items ticked and unticked. */
function checklistChange(change: FieldChange, w: Wording): string {
  const before = ticks(change.from)
  const after = ticks(change.to)
  const name = (item: string): string =>
    w.te(`checklist.${item}`) ? w.t(`checklist.${item}`) : w.t('history.unknownValue')
  const items = [...new Set([...Object.keys(before), ...Object.keys(after)])]
  const done = items.filter((i) => after[i] && !before[i]).map(name)
  const undone = items.filter((i) => before[i] && !after[i]).map(name)
  const parts = [
    ...(done.length ? [w.t('history.itemsDone', { items: done.join(', ') })] : []),
    ...(undone.length ? [w.t('history.itemsUndone', { items: undone.join(', ') })] : [])
  ]
  return parts.length ? parts.join('; ') : '—'
}

function ticks(value: Value): Record<string, boolean> {
  if (typeof value !== 'string') return {}
  try {
    const parsed: unknown = JSON.parse(value)
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, boolean>) : {}
  } catch {
    return {}
  }
}

/** An account's own steps, kept as JSON, said by their titles. */
function customStepTitles(value: string): string {
  try {
    const parsed: unknown = JSON.parse(value)
    if (!Array.isArray(parsed)) return value
    const titles = parsed.map((s: { title?: unknown }) => String(s.title ?? ''))
    return titles.length ? titles.join(', ') : '—'
  } catch {
    // Adding or removing one step records its title alone.
    return value
  }
}
