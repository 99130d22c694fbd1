/**
 * A page's site as it is shown beside a fact or a link ("vedomosti.ru"): the page's host without
 * "www."; a text that is no address is shown as it is.
 */
export function shownHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return url
  }
}
