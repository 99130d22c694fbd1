/** Median of a list of durations, the figure least moved by a noisy neighbour. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export async function timeIt(run: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint()
  await run()
  return Number(process.hrtime.bigint() - start) / 1e6
}

/** Alternates baseline and subject so both see the same machine weather. */
export async function paired(
  rounds: number,
  baseline: () => Promise<unknown>,
  subject: () => Promise<unknown>
): Promise<{ baselineMs: number; subjectMs: number; ratio: number }> {
  const b: number[] = []
  const s: number[] = []
  for (let i = 0; i < rounds; i++) {
    b.push(await timeIt(baseline))
    s.push(await timeIt(subject))
  }
  const baselineMs = median(b)
  const subjectMs = median(s)
  return { baselineMs, subjectMs, ratio: subjectMs / baselineMs }
}
