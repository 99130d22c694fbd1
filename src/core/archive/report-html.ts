import type { Manifest } from '../../shared/archive/manifest'
import { toDateOnly } from '../../shared/domain/dates-values'
import type { LeftOutProof } from '../../shared/domain/job'
import { formatPhone } from '../../shared/domain/phone'
import { paperPageRule } from '../../shared/report/paper-page'
import {
  leftOutSection,
  reportDay,
  reportModel,
  type ReportTable
} from '../../shared/report/report-model'
import { translate, type MessageParams } from '../i18n/messages'
import { caseKnowledge } from '../knowledge/cancellation-guide'
import { appKnowledge } from '../knowledge/knowledge'
import { appCatalog } from '../catalog/catalog'
import { displayName } from '../../shared/catalog/display-name'

/** Everything from the data is text, never markup: the report must not run anything. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/**
 * A self-contained, printable summary of the archive in the user's language: each case
 * with how it was cancelled, its checklist, the new number and when the old one may go to
 * someone else (with the source of that estimate), its accounts and people, and every
 * proof with its hash. No script, no external file. The app's print view shows the same
 * model (shared/report/report-model.ts). Proofs whose file could not be read are named
 * first, with what was wrong: they are not in the archive.
 */
export function renderReport(manifest: Manifest, leftOut: readonly LeftOutProof[] = []): string {
  const { records, language } = manifest
  const t = (key: string, params?: MessageParams): string => translate(language, key, params)
  const e = escapeHtml
  const pathOf = new Map(manifest.files.map((f) => [f.proofId, f.path]))
  const left = leftOutSection(leftOut, t, 'archive')
  const table = (data: ReportTable): string =>
    data.rows.length === 0
      ? `<p>${e(t('report.none'))}</p>`
      : `<table><thead><tr>${data.columns.map((c, i) => `<th${data.words?.includes(i) ? ' class="words"' : ''}>${e(c)}</th>`).join('')}</tr></thead><tbody>
${data.rows
  .map(
    (row) => `<tr>${row.map((cell, i) => `<td${cellClass(data, i)}>${e(cell)}</td>`).join('')}</tr>`
  )
  .join('\n')}
</tbody></table>`

  const sections = reportModel({
    language,
    cases: records.cases,
    accounts: records.accounts,
    people: records.people,
    proofs: records.proofs,
    today: toDateOnly(new Date(manifest.exportedAt)),
    t,
    phone: formatPhone,
    fileOf: (p) => pathOf.get(p.id) ?? p.originalName,
    serviceName: (a) =>
      displayName(a, a.catalogId ? appCatalog().find(a.catalogId) : undefined, language),
    knowledgeOf: (c) => caseKnowledge(appKnowledge(), c)
  }).map(
    (c) => `
<section>
  <h2>${e(c.heading)}</h2>
  <dl>
${c.facts
  .map(
    (f) =>
      `    <dt>${e(f.label)}</dt><dd data-fact="${e(f.key)}">${e(f.value)}${f.source ? `<br><small>${e(f.source)}</small>` : ''}</dd>`
  )
  .join('\n')}
  </dl>
  <h3>${e(c.checklistTitle)}</h3>
  <ul class="checklist">
${c.checklist
  .map(
    (item) =>
      `<li data-item="${e(item.item)}" data-done="${item.done}">${item.done ? '☑' : '☐'} ${e(item.label)}</li>`
  )
  .join('\n')}
  </ul>
  <h3>${e(c.accountsTitle)}</h3>
  <p>${e(c.summary)}</p>
  ${table(c.accounts)}
  <h3>${e(c.peopleTitle)}</h3>
  ${table(c.people)}
  <h3>${e(c.proofsTitle)}</h3>
  ${table(c.proofs)}
</section>`
  )

  return `<!doctype html>
<html lang="${e(language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(t('report.title'))}</title>
<style>
body { font: 14px/1.45 system-ui, sans-serif; color: #1f2328; max-width: 960px; margin: 24px auto; padding: 0 16px; }
h1 { font-size: 22px; } h2 { font-size: 18px; margin-top: 32px; border-bottom: 2px solid #2f7a6d; }
dl { display: grid; grid-template-columns: fit-content(40%) 1fr; gap: 4px 16px; } dt { color: #57606a; } dd { margin: 0; } small { color: #57606a; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; } th, td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f3f6f5; } .checklist { list-style: none; padding: 0; columns: 2; } .hash { font-family: ui-monospace, monospace; font-size: 11px; word-break: break-all; width: 33ch; } .nowrap { white-space: nowrap; } .words { word-break: keep-all; }
@media print { body { margin: 0; max-width: none; padding: 0; } h2, h3 { break-after: avoid; } tr { break-inside: avoid; } }
${paperPageRule({ pageOf: t('report.pageOf', { page: '{page}', pages: '{pages}' }), footer: `${t('report.title')} · ${reportDay(language, manifest.exportedAt)}` })}
</style>
</head>
<body>
<h1>${e(t('report.title'))}</h1>
<p>${e(t('report.exported', { date: reportDay(language, manifest.exportedAt), version: manifest.appVersion }))}</p>
<p>${e(t('report.howToCheck'))}</p>
${
  left === null
    ? ''
    : `<section data-left-out>
<h2>${e(left.title)}</h2>
<p>${e(left.body)}</p>
<ul>
${left.items.map((l) => `<li>${e(l.text)}</li>`).join('\n')}
</ul>
</section>`
}
${sections.join('\n')}
</body>
</html>
`
}

/** A cell's class: hashes in a fixed-width font wrapped in their cell, sizes on one line. */
function cellClass(table: ReportTable, column: number): string {
  if (table.mono?.includes(column)) return ' class="hash"'
  if (table.nowrap?.includes(column)) return ' class="nowrap"'
  if (table.words?.includes(column)) return ' class="words"'
  return ''
}
