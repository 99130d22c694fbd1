/**
 * What a terminal must never be handed from a name it did not write: C0 and C1 control
 * characters and DEL (an escape sequence can set the window's title, clear the screen or
 * rewrite what was printed), and the bidirectional embeddings, overrides, isolates and
 * marks (they make the rest of a line read in another order than it is).
 */
// Control characters are what this matches.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/** One line of text from outside (a service's name, a sender, a file name), made safe to print. */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, '')
}

/** A value to print (as JSON or in columns), with every string in it made safe the same way. */
export function terminalValue<T>(value: T): T {
  if (typeof value === 'string') return terminalText(value) as T
  if (Array.isArray(value)) return value.map((item: unknown) => terminalValue(item)) as T
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [terminalText(key), terminalValue(item)])
    ) as T
  return value
}
