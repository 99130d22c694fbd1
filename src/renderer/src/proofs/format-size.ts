const UNITS = ['B', 'KB', 'MB', 'GB', 'TB']

/** A byte count as people read it, with the language's own number format. */
export function formatSize(bytes: number, format: Intl.NumberFormat): string {
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024
    unit++
  }
  return `${format.format(value)} ${UNITS[unit]}`
}
