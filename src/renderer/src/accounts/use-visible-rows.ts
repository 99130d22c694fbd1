import { computed, onBeforeUnmount, onMounted, ref, watch, type Ref } from 'vue'
import { visibleWindow } from './visible-window'

/**
 * Which of `rows` a scrolling viewport shows, for a list of fixed-height rows: bind
 * `viewport` to the scrolling element and `onScroll` to its scroll event, render
 * `shown` between blank heights `range.before` and `range.after`.
 */
export function useVisibleRows<T>(rows: () => T[], rowHeight: number, overscan: number) {
  const viewport: Ref<HTMLElement | null> = ref(null)
  const scrollTop = ref(0)
  const viewportHeight = ref(600)
  const range = computed(() =>
    visibleWindow({
      count: rows().length,
      rowHeight,
      scrollTop: scrollTop.value,
      viewportHeight: viewportHeight.value,
      overscan
    })
  )
  const shown = computed(() => rows().slice(range.value.start, range.value.end))

  let frame = 0
  function onScroll(): void {
    // One update per frame however many scroll events arrive.
    if (frame) return
    frame = requestAnimationFrame(() => {
      frame = 0
      scrollTop.value = viewport.value?.scrollTop ?? 0
    })
  }

  let resizeObserver: ResizeObserver | null = null
  onMounted(() => {
    const el = viewport.value
    if (!el) return
    viewportHeight.value = el.clientHeight
    resizeObserver = new ResizeObserver(() => (viewportHeight.value = el.clientHeight))
    resizeObserver.observe(el)
  })
  onBeforeUnmount(() => {
    resizeObserver?.disconnect()
    cancelAnimationFrame(frame)
  })

  // A narrower result (a new search) starts at the top.
  watch(rows, (now, before) => {
    if (now.length < before.length && viewport.value) {
      viewport.value.scrollTop = 0
      scrollTop.value = 0
    }
  })

  return { viewport, range, shown, onScroll }
}
