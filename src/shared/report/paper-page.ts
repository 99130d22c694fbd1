/**
 * The printed page's own margins: "page N of M" and a running title on every sheet.
 * Chromium prints CSS page margin boxes (@bottom-right and the like, with the `page` and
 * `pages` counters) since version 131, in print preview, headless --print-to-pdf, the
 * DevTools printToPDF behind Playwright's page.pdf, and Electron's webContents.print and
 * printToPDF (Electron 39 runs Chromium 142). A document that has margin boxes gets them
 * instead of the browser's own header and footer (URL, date, "1/3"), so the page
 * numbers are the same whichever way the user prints.
 */

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`
}

/**
 * A `content` value saying "page N of M" in the words of `template`, which holds
 * `{page}` and `{pages}` where the numbers go ("第 {page} 页，共 {pages} 页").
 */
export function pageOfContent(template: string): string {
  const parts = template.split(/(\{pages?\})/)
  const values = parts
    .filter((part) => part !== '')
    .map((part) =>
      part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part)
    )
  return values.join(' ') || '""'
}

export interface PaperPageOptions {
  /** "Page {page} of {pages}" in the document's language. */
  pageOf: string
  /** What every sheet says at its foot on the left: the document's title. */
  footer: string
  /** Repeated at the top of every sheet (a statement's number and holder), if any. */
  header?: string
}

/** The @page rule for A4 paper with the running title and the page count in its margins. */
export function paperPageRule(options: PaperPageOptions): string {
  const box = 'font: 9pt system-ui, sans-serif; color: #444;'
  const header = options.header
    ? `@top-left { content: ${cssString(options.header)}; ${box} vertical-align: bottom; }`
    : ''
  return `@page {
  size: A4;
  margin: 18mm 15mm 16mm;
  ${header}
  @bottom-left { content: ${cssString(options.footer)}; ${box} vertical-align: top; }
  @bottom-right { content: ${pageOfContent(options.pageOf)}; ${box} vertical-align: top; white-space: nowrap; }
}`
}
