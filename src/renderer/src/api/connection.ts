import { ref } from 'vue'

/**
 * Whether web mode's server stopped answering: set by the first request or page load that
 * could not reach it, cleared by the next answer. The window says so at once, whatever was
 * clicked: a page not loaded yet cannot load, and nothing can be read or saved.
 */
export const serverGone = ref(false)

export function markServerGone(): void {
  serverGone.value = true
}

export function markServerAnswered(): void {
  serverGone.value = false
}

/**
 * A page's code that could not be fetched: what Chromium, Firefox and Safari say when a
 * lazily loaded module's request fails (the server behind it stopped).
 */
export function isFailedModuleLoad(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error)
  return /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(text)
}

/**
 * A page's code or stylesheet that Vite's preloader could not fetch, whichever failed
 * first: Vite says so with one event, whatever the browser's words for it.
 */
export function watchPageLoads(target: Window): void {
  target.addEventListener('vite:preloadError', () => markServerGone())
}
