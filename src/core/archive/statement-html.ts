import { paperPageRule } from '../../shared/report/paper-page'
import type { Statement, StatementColumn } from '../../shared/report/statement-model'
import { escapeHtml as e } from './report-html'

/** One row of the side-by-side table: the same part of the statement in each language. */
function row(columns: StatementColumn[], cell: (c: StatementColumn) => string, cls = ''): string {
  const attr = cls ? ` class="${cls}"` : ''
  return `<tr${attr}>${columns.map((c) => `<td lang="${e(c.language)}">${cell(c)}</td>`).join('')}</tr>`
}

function facts(c: StatementColumn): string {
  return `<dl>${c.facts
    .map(
      (f) =>
        `<dt>${e(f.label)}</dt><dd data-fact="${e(f.key)}">${
          f.value ? e(f.value) : '<span class="blank"></span>'
        }</dd>`
    )
    .join('')}</dl>`
}

/**
 * The statement of cancellation as a self-contained page for the archive: every sheet
 * repeats its title, the number and the holder at the top and counts pages at the foot;
 * the languages stand side by side, part by part. No script, no external file.
 */
export function renderStatement(statement: Statement): string {
  const { columns } = statement
  const first = columns[0]
  if (!first) throw new Error('a statement needs a language')
  const signature = (c: StatementColumn): string =>
    `<div class="sign"><span>${e(c.signature)}</span><span class="blank"></span><span>${e(
      c.signedOn
    )}</span><span class="blank short"></span></div>`
  const proofRows = first.proofs.map((_, i) =>
    row(
      columns,
      (c) => {
        const p = c.proofs[i]!
        return `<p class="file">${e(p.file)}</p><p class="meta">${p.lines
          .map((l) => `${e(l.label)}: ${e(l.value)}`)
          .join(
            ' · '
          )}</p><p class="sha"><span>${e(p.shaLabel)}</span> <code>${e(p.sha256)}</code></p>`
      },
      'proof'
    )
  )
  const accountRows = first.accounts.map((_, i) =>
    row(columns, (c) => `${e(c.accounts[i]!.name)} <span class="on">${e(c.accounts[i]!.on)}</span>`)
  )
  const width = columns.length > 1 ? '50%' : '100%'
  return `<!doctype html>
<html lang="${e(first.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(statement.header)}</title>
<style>
body { font: 13px/1.45 system-ui, sans-serif; color: #111; max-width: 1000px; margin: 24px auto; padding: 0 16px; }
table.statement { border-collapse: collapse; width: 100%; table-layout: fixed; }
table.statement td { width: ${width}; vertical-align: top; padding: 4px 10px; }
table.statement td + td { border-left: 1px solid #bbb; }
h1 { font-size: 17px; margin: 0 0 8px; } h2 { font-size: 14px; margin: 14px 0 4px; }
dl { display: grid; grid-template-columns: fit-content(45%) 1fr; gap: 3px 10px; margin: 0; }
dt { color: #444; } dd { margin: 0; overflow-wrap: anywhere; }
.blank { display: inline-block; min-width: 60%; border-bottom: 1px solid #000; height: 1.2em; }
.blank.short { min-width: 30%; }
.sign { display: grid; grid-template-columns: max-content 1fr; gap: 18px 8px; margin: 18px 0 8px; align-items: end; }
.sign .blank { min-width: 0; width: 100%; }
.declaration { margin: 10px 0; }
p { margin: 0; } .intro { color: #444; margin-bottom: 4px; }
tr.proof td { border-top: 1px solid #ddd; padding-top: 6px; padding-bottom: 6px; }
.file { font-weight: 600; overflow-wrap: anywhere; } .meta { color: #444; }
/* One line in each column, whole: a hash read across two columns' wrapped lines is misread. */
.sha code { display: block; font: ${columns.length > 1 ? 8 : 11}px/1.5 ui-monospace, monospace; white-space: nowrap; }
.on { color: #444; }
@media print { body { margin: 0; max-width: none; padding: 0; } tr { break-inside: avoid; } h2 { break-after: avoid; } }
${paperPageRule({ pageOf: statement.pageOf, footer: statement.footer, header: statement.header })}
</style>
</head>
<body>
<table class="statement">
<tbody>
${row(columns, (c) => `<h1>${e(c.title)}</h1>`)}
${row(columns, facts)}
${row(columns, (c) => `<p class="declaration">${e(c.declaration)}</p>`)}
${row(columns, signature)}
${row(columns, (c) => `<h2>${e(c.proofsTitle)}</h2><p class="intro">${e(c.proofsIntro)}</p>`)}
${proofRows.length ? proofRows.join('\n') : row(columns, (c) => `<p>${e(c.none)}</p>`)}
${row(columns, (c) => `<h2>${e(c.accountsTitle)}</h2>`)}
${accountRows.length ? accountRows.join('\n') : row(columns, (c) => `<p>${e(c.none)}</p>`)}
${row(columns, (c) => `<p class="intro">${e(c.madeOn)}</p>`)}
</tbody>
</table>
</body>
</html>
`
}
