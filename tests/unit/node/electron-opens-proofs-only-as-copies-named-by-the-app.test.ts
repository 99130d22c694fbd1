import { readFile, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { systemViewer } from '../../../src/main/proof-viewer'
import { shell } from '../../support/fake-electron'
import { must, openCore, runJob } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

vi.mock('electron', () => import('../../support/fake-electron'))

beforeEach(() => {
  shell.openedPaths.length = 0
  shell.shownInFolder.length = 0
})

/**
 * A folder restored from an archive that verifies intact, whose proofs were named by
 * whoever made it: a PDF called "agreement.pdf.exe" and a script called "receipt.command".
 */
async function restoredFolder() {
  const dir = await tempDir()
  const source = await openCore(join(dir, 'source'), undefined, { mode: 'electron' })
  const c = await must(source, 'createCase', { number: '+79123456789' })
  const proofs = []
  for (const [name, mediaType, text] of [
    ['agreement.pdf.exe', 'application/pdf', '%PDF-1.4 agreement'],
    ['receipt.command', 'application/x-sh', '#!/bin/sh\necho owned\n'],
    ['photo.JPG', 'image/jpeg', 'not really a jpeg']
  ] as const) {
    const file = join(dir, name)
    await writeFile(file, text)
    proofs.push(
      await must(source, 'attachProof', {
        ownerType: 'case',
        ownerId: c.id,
        kind: 'other',
        mediaType,
        source: { path: file }
      })
    )
  }
  const archive = join(dir, 'proofs.zip')
  await source.archives.exportTo(archive, 'en')
  const core = await openCore(join(dir, 'data'), undefined, {
    mode: 'electron',
    host: systemViewer
  })
  const restored = await runJob(
    core,
    must(core, 'startRestore', { source: { path: archive }, mode: 'replace' })
  )
  expect(restored.state).toBe('done')
  return { core, proofs: proofs as [(typeof proofs)[0], (typeof proofs)[0], (typeof proofs)[0]] }
}

describe('opening a proof on the desktop', () => {
  it('opens a type a viewer should open only as a copy named <id>.<its extension>', async () => {
    const { core, proofs } = await restoredFolder()
    const [agreement, , photo] = proofs
    expect(await must(core, 'openProof', { id: agreement.id })).toEqual({ opened: 'viewer' })
    expect(await must(core, 'openProof', { id: photo.id })).toEqual({ opened: 'viewer' })
    expect(shell.openedPaths.map((p) => basename(p))).toEqual([
      `${agreement.id}.pdf`,
      `${photo.id}.jpg`
    ])
    expect(await readFile(shell.openedPaths[0]!, 'utf8')).toBe('%PDF-1.4 agreement')
    expect(shell.shownInFolder).toEqual([])
  })

  it('never opens any other type: it is shown in its folder, under a name that runs nothing', async () => {
    const { core, proofs } = await restoredFolder()
    const [, script] = proofs
    expect(await must(core, 'openProof', { id: script.id })).toEqual({ opened: 'folder' })
    expect(shell.openedPaths).toEqual([])
    expect(shell.shownInFolder.map((p) => basename(p))).toEqual([`${script.id}.bin`])
    expect(await readFile(shell.shownInFolder[0]!, 'utf8')).toBe('#!/bin/sh\necho owned\n')
  })
})
