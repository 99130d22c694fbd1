import { onBeforeUnmount, onMounted, watchEffect } from 'vue'
import './paper.css'

/**
 * While a print view is open, the document carries its @page rule (the page count and
 * running title in the sheet's margins, see shared/report/paper-page.ts), in the app's
 * language as it changes. Removed when the view closes, so other pages print plainly.
 */
export function usePaperPage(rule: () => string): void {
  const style = document.createElement('style')
  style.dataset.paperPage = ''
  watchEffect(() => {
    style.textContent = `@media print { ${rule()} }`
  })
  onMounted(() => document.head.append(style))
  onBeforeUnmount(() => style.remove())
}
