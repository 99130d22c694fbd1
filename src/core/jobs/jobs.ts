import { randomBytes } from 'node:crypto'
import type { Job, JobKind, JobStage } from '../../shared/domain/job'
import { DomainError, describeFailure } from '../errors'

type ResultOf<K extends JobKind> = Extract<Job, { kind: K }>['result']

export interface JobControl {
  signal: AbortSignal
  progress: (done: number, total: number, stage?: JobStage) => void
}

const KEEP_FINISHED_MS = 10 * 60_000

/**
 * Long work runs here, off the request that started it: the UI polls its progress and
 * may cancel it. Finished jobs are forgotten after a while.
 */
export class Jobs {
  readonly #jobs = new Map<string, { job: Job; abort: AbortController; finished?: number }>()
  /** Each running job's end, whether it succeeds or not: settle() awaits these. */
  readonly #running = new Set<Promise<void>>()

  start<K extends JobKind>(
    kind: K,
    run: (control: JobControl) => Promise<NonNullable<ResultOf<K>>>
  ): Job {
    this.#forgetOld()
    const id = randomBytes(8).toString('hex')
    const abort = new AbortController()
    const job = {
      id,
      kind,
      state: 'running',
      done: 0,
      total: 0,
      stage: null,
      error: null,
      result: null
    } as Job
    const entry: { job: Job; abort: AbortController; finished?: number } = { job, abort }
    this.#jobs.set(id, entry)
    const control: JobControl = {
      signal: abort.signal,
      progress: (done, total, stage) => {
        job.done = done
        job.total = total
        if (stage) job.stage = stage
      }
    }
    const ended = run(control).then(
      (result) => {
        Object.assign(job, { state: 'done', result })
        entry.finished = Date.now()
      },
      (error: unknown) => {
        const cancelled =
          abort.signal.aborted || (error instanceof DomainError && error.code === 'cancelled')
        job.state = cancelled ? 'cancelled' : 'failed'
        job.error = describeFailure(error, 'The task failed')
        entry.finished = Date.now()
      }
    )
    this.#running.add(ended)
    void ended.finally(() => this.#running.delete(ended))
    return { ...job }
  }

  get(id: string): Job {
    const entry = this.#jobs.get(id)
    if (!entry) throw new DomainError('notFound', 'This task has ended and is no longer known.')
    return { ...entry.job }
  }

  cancel(id: string): Job {
    const entry = this.#jobs.get(id)
    if (!entry) throw new DomainError('notFound', 'This task has ended and is no longer known.')
    if (entry.job.state === 'running') entry.abort.abort()
    return { ...entry.job }
  }

  /** Waits for every running job; closing the app must not cut an export in half. */
  async settle(): Promise<void> {
    for (const entry of this.#jobs.values()) entry.abort.abort()
    while (this.#running.size > 0) await Promise.all([...this.#running])
  }

  #forgetOld(): void {
    const now = Date.now()
    for (const [id, entry] of this.#jobs)
      if (entry.finished && now - entry.finished > KEEP_FINISHED_MS) this.#jobs.delete(id)
  }
}
