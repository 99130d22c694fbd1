import { UnlinkerCore, type CoreOptions } from '../../src/core/unlinker-core'
import { beforeCleanup } from './temp-dir'
import type { MethodInput, MethodName, MethodOutput } from '../../src/shared/contract'

const open: UnlinkerCore[] = []

export async function openCore(
  dataDir: string,
  now?: () => Date,
  more: Partial<CoreOptions> = {}
): Promise<UnlinkerCore> {
  const core = await UnlinkerCore.open({
    dataDir,
    mode: 'web',
    version: '0.0.0-test',
    now,
    ...more
  })
  open.push(core)
  return core
}

export async function closeCore(core: UnlinkerCore): Promise<void> {
  open.splice(open.indexOf(core), 1)
  await core.close()
}

/** Calls a method and fails the test when it answers an error. */
export async function must<M extends MethodName>(
  core: UnlinkerCore,
  name: M,
  input: MethodInput<M>
): Promise<MethodOutput<M>> {
  const result = await core.invoke(name, input)
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`)
  return result.data
}

beforeCleanup(async () => {
  await Promise.all(open.splice(0).map((core) => core.close()))
})

/** Starts a job and polls it to its end, as the UI does. */
export async function runJob(
  core: UnlinkerCore,
  start: Promise<{ id: string }>
): Promise<MethodOutput<'getJob'>> {
  const { id } = await start
  for (;;) {
    const job = await must(core, 'getJob', { id })
    if (job.state !== 'running') return job
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}
