export interface WindowInput {
  count: number
  rowHeight: number
  scrollTop: number
  viewportHeight: number
  overscan: number
}

/** Which rows of a fixed-height list to render, and the blank height above and below them. */
export interface VisibleWindow {
  start: number
  end: number
  before: number
  after: number
}

export function visibleWindow(input: WindowInput): VisibleWindow {
  const { count, rowHeight, scrollTop, viewportHeight, overscan } = input
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight)
  const inView = Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1
  const start = Math.min(count, Math.max(0, first - overscan))
  const end = Math.min(count, first + inView + overscan)
  return { start, end, before: start * rowHeight, after: (count - end) * rowHeight }
}
