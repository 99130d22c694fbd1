import type { Manifest } from '../../../shared/archive/manifest'
import { checklistFor, keepProofsUntil } from '../../../shared/domain/case'
import { translate, type MessageParams } from '../i18n/messages'
import { formatBytes } from '../vault/staged-file'

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
 * A self-contained, printable summary of the archive in the user's language: each case,
 * its accounts and people, and every proof with its hash. No script, no external file.
 */
export function renderReport(manifest: Manifest): string {
  const { records, language } = manifest
  const t = (key: string, params?: MessageParams): string => translate(language, key, params)
  const day = (value: string | null | undefined): string => {
    if (!value) return '—'
    const date = new Date(value.length === 10 ? `${value}T00:00:00` : value)
    return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(date)
  }
  const e = escapeHtml
  const pathOf = new Map(manifest.files.map((f) => [f.proofId, f]))

  const sections = records.cases.map((c) => {
    const accounts = records.accounts.filter((a) => a.caseId === c.id)
    const people = records.people.filter((p) => p.caseId === c.id)
    const accountIds = new Set(accounts.map((a) => a.id))
    const proofs = records.proofs.filter((p) =>
      p.ownerType === 'case' ? p.ownerId === c.id : accountIds.has(p.ownerId)
    )
    const done = accounts.filter((a) => a.status === 'unlinked' || a.status === 'verified')
    const counted = accounts.filter((a) => a.status !== 'notNeeded')
    return `
<section>
  <h2>${e(c.number ?? t('case.noNumber'))}</h2>
  <dl>
    <dt>${e(t('report.carrier'))}</dt><dd>${e(c.carrier || '—')}</dd>
    <dt>${e(t('report.status'))}</dt><dd>${e(t(`caseStatus.${c.status}`))}</dd>
    <dt>${e(t('report.cancellationDate'))}</dt><dd>${e(day(c.cancellationDate))}</dd>
    <dt>${e(t('report.reference'))}</dt><dd>${e(c.reference || '—')}</dd>
    <dt>${e(t('report.keepUntil'))}</dt><dd>${e(day(keepProofsUntil(c)))}</dd>
    <dt>${e(t('case.lastUseDate'))}</dt><dd>${e(day(c.lastUseDate))}</dd>
    <dt>${e(t('case.replacementNumber'))}</dt><dd>${e(c.replacementNumber ?? '—')}</dd>
  </dl>
  <h3>${e(t('case.checklist'))}</h3>
  <ul class="checklist">
${checklistFor(c.channel)
  .map(
    (item) =>
      `<li data-item="${e(item)}" data-done="${c.checklist[item]}">${c.checklist[item] ? '☑' : '☐'} ${e(t(`checklist.${item}`))}</li>`
  )
  .join('\n')}
  </ul>
  <h3>${e(t('report.accounts'))}</h3>
  <p>${e(t('report.summary', { done: String(done.length), total: String(counted.length) }))}</p>
  ${
    accounts.length === 0
      ? `<p>${e(t('report.none'))}</p>`
      : `<table><thead><tr><th>${e(t('report.service'))}</th><th>${e(t('report.category'))}</th><th>${e(t('report.accountStatus'))}</th><th>${e(t('report.updated'))}</th></tr></thead><tbody>
${accounts
  .map(
    (a) =>
      `<tr><td>${e(a.name)}</td><td>${e(t(`category.${a.category}`))}</td><td>${e(t(`status.${a.status}`))}</td><td>${e(day(a.updatedAt))}</td></tr>`
  )
  .join('\n')}
</tbody></table>`
  }
  <h3>${e(t('report.people'))}</h3>
  ${
    people.length === 0
      ? `<p>${e(t('report.none'))}</p>`
      : `<table><thead><tr><th>${e(t('report.name'))}</th><th>${e(t('report.contact'))}</th><th>${e(t('report.notified'))}</th></tr></thead><tbody>
${people
  .map(
    (p) =>
      `<tr><td>${e(p.name)}</td><td>${e(p.contact)}</td><td>${e(p.status === 'notified' ? day(p.notifiedOn) : t(`personStatus.${p.status}`))}</td></tr>`
  )
  .join('\n')}
</tbody></table>`
  }
  <h3>${e(t('report.proofs'))}</h3>
  ${
    proofs.length === 0
      ? `<p>${e(t('report.none'))}</p>`
      : `<table><thead><tr><th>${e(t('report.file'))}</th><th>${e(t('report.kind'))}</th><th>${e(t('report.size'))}</th><th>${e(t('report.sha256'))}</th></tr></thead><tbody>
${proofs
  .map(
    (p) =>
      `<tr><td>${e(pathOf.get(p.id)?.path ?? p.originalName)}</td><td>${e(t(`proofKind.${p.kind}`))}</td><td>${e(formatBytes(p.size))}</td><td class="hash">${e(p.sha256)}</td></tr>`
  )
  .join('\n')}
</tbody></table>`
  }
</section>`
  })

  return `<!doctype html>
<html lang="${e(language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(t('report.title'))}</title>
<style>
body { font: 14px/1.45 system-ui, sans-serif; color: #1f2328; max-width: 960px; margin: 24px auto; padding: 0 16px; }
h1 { font-size: 22px; } h2 { font-size: 18px; margin-top: 32px; border-bottom: 2px solid #2f7a6d; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; } dt { color: #57606a; } dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; } th, td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f3f6f5; } .checklist { list-style: none; padding: 0; columns: 2; } .hash { font-family: ui-monospace, monospace; font-size: 11px; word-break: break-all; }
@media print { body { margin: 0; } section { break-inside: avoid-page; } }
</style>
</head>
<body>
<h1>${e(t('report.title'))}</h1>
<p>${e(t('report.exported', { date: day(manifest.exportedAt), version: manifest.appVersion }))}</p>
<p>${e(t('report.howToCheck'))}</p>
${sections.join('\n')}
</body>
</html>
`
}
