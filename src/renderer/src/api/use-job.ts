import { onBeforeUnmount, ref } from 'vue'
import type { Job } from '../../../shared/domain/job'
import type { AppError, Result } from '../../../shared/result'
import { api } from './client'

/**
 * Runs one long task (export, verify, restore, reading an import) and follows it until it
 * ends. A composable, not a store: a job's progress belongs to the screen that started it.
 * One page runs several at once (export, verify and restore each have their own bar), and
 * each stops polling when its screen goes away; a store is one instance that outlives the
 * screen and would poll on for nobody. A job changes no record the stores hold until it
 * ends, and then the page asks the stores to read again. So it follows the job through
 * the api itself; the store's action only starts it.
 */
export function useJob(pollMs = 150) {
  const job = ref<Job | null>(null)
  const error = ref<AppError | null>(null)
  let timer: ReturnType<typeof setTimeout> | null = null

  async function start(begin: () => Promise<Result<Job>>): Promise<Job | null> {
    error.value = null
    job.value = null
    const started = await begin()
    if (!started.ok) {
      error.value = started.error
      return null
    }
    job.value = started.data
    return follow(started.data.id)
  }

  function follow(id: string): Promise<Job | null> {
    return new Promise((resolve) => {
      const tick = async (): Promise<void> => {
        const answer = await api.getJob({ id })
        if (!answer.ok) {
          error.value = answer.error
          return resolve(null)
        }
        job.value = answer.data
        if (answer.data.state === 'running') timer = setTimeout(() => void tick(), pollMs)
        else resolve(answer.data)
      }
      void tick()
    })
  }

  async function cancel(): Promise<void> {
    if (job.value?.state === 'running') await api.cancelJob({ id: job.value.id })
  }

  function reset(): void {
    job.value = null
    error.value = null
  }

  onBeforeUnmount(() => {
    if (timer) clearTimeout(timer)
  })

  return { job, error, start, cancel, reset }
}

export function percentOf(job: Job | null): number {
  if (!job || job.total === 0) return job?.state === 'done' ? 100 : 0
  return Math.min(100, Math.round((job.done / job.total) * 100))
}
