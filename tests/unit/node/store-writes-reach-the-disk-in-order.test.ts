import { basename, dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { diskSeam } from '../../../src/core/disk-seam'
import { must, openCore, runJob } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

// A kill test cannot see a missing fsync: the page cache survives the process. Only a
// power cut shows it, so the order of the steps is watched instead, at the one place
// durable files reach the disk. Every step still runs for real.

type Step = { step: 'write' | 'sync' | 'rename' | 'syncFolder'; path: string; to?: string }

const real = { ...diskSeam }
afterEach(() => Object.assign(diskSeam, real))

/** Records every step durable writes take from now on, in order. */
function watchSteps(): Step[] {
  const steps: Step[] = []
  diskSeam.write = (file, bytes, path) => {
    steps.push({ step: 'write', path })
    return real.write(file, bytes, path)
  }
  diskSeam.sync = (file, path) => {
    steps.push({ step: 'sync', path })
    return real.sync(file, path)
  }
  diskSeam.rename = (from, to) => {
    steps.push({ step: 'rename', path: from, to })
    return real.rename(from, to)
  }
  diskSeam.syncFolder = (dir) => {
    steps.push({ step: 'syncFolder', path: dir })
    return real.syncFolder(dir)
  }
  return steps
}

/** The steps one replacement of `target` took: its temp file's, then the folder's sync. */
function stepsOf(steps: Step[], target: string): string[] {
  const renamed = steps.findIndex((s) => s.step === 'rename' && s.to === target)
  expect(renamed, `no rename onto ${basename(target)}`).toBeGreaterThanOrEqual(0)
  const temp = steps[renamed]!.path
  const before = steps.slice(0, renamed).filter((s) => s.path === temp)
  const folderSync = steps
    .slice(renamed + 1)
    .find((s) => s.step === 'syncFolder' && s.path === dirname(target))
  return [...before.map((s) => s.step), 'rename', ...(folderSync ? ['syncFolder'] : [])]
}

describe('a durable write reaches the disk in order', () => {
  it('writes the store to a temp file, syncs it, renames it over the store, then syncs the folder', async () => {
    const data = join(await tempDir(), 'data')
    const core = await openCore(data)
    const steps = watchSteps()
    await must(core, 'createCase', { number: '+79123456789' })
    expect(stepsOf(steps, join(data, 'unlinker.json'))).toEqual([
      'write',
      'sync',
      'rename',
      'syncFolder'
    ])
  })

  it('keeps that order for the key file and an exported archive too', async () => {
    const data = join(await tempDir(), 'data')
    const core = await openCore(data, undefined, {
      mode: 'electron',
      kdf: { N: 1024, r: 8, p: 1 }
    })
    await must(core, 'createCase', { number: '+79123456789' })
    const steps = watchSteps()
    await must(core, 'enableEncryption', { passphrase: 'correct horse battery' })
    expect(stepsOf(steps, join(data, 'unlinker.keys.json'))).toEqual([
      'write',
      'sync',
      'rename',
      'syncFolder'
    ])
    // An archive streams into its temp file outside the seam's write; it is synced before
    // it is renamed into place all the same.
    const job = await runJob(core, must(core, 'startExport', { language: 'en' }))
    if (job.kind !== 'export' || !job.result) throw new Error('no export')
    expect(stepsOf(steps, job.result.path)).toEqual(['sync', 'rename', 'syncFolder'])
  })
})
