/**
 * Naive UI leaves a few ARIA gaps that axe reports: card headers with role="heading" but
 * no level and the search input inside a select without a name. This fills them in as
 * elements appear, teleported dialogs included.
 */
export function patchNaiveAria(root: HTMLElement): () => void {
  const fix = (): void => {
    for (const heading of root.querySelectorAll('[role="heading"]:not([aria-level])'))
      heading.setAttribute('aria-level', '2')
    for (const input of root.querySelectorAll('input.n-base-selection-input:not([aria-label])')) {
      const label = input.closest('[aria-label]')?.getAttribute('aria-label')
      if (label) input.setAttribute('aria-label', label)
    }
  }
  const observer = new MutationObserver(fix)
  observer.observe(root, { subtree: true, childList: true })
  fix()
  return () => observer.disconnect()
}
