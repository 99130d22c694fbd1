import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { UnlinkerCore } from '../../../src/core/unlinker-core'
import type { Account } from '../../../src/shared/domain/account'
import { duplicateGroups } from '../../../src/shared/domain/same-service'
import { closeCore, must, openCore } from '../../support/open-core'
import { writeProofFiles } from '../../support/proof-files'
import { tempDir } from '../../support/temp-dir'
import { CN, RU } from '../../support/two-numbers'

/**
 * Gosuslugi added twice on the Russian number (once from the catalog, once by hand
 * with the catalog's name), each with its own status, usages, ticks, notes, proof,
 * evidence and history.
 */
async function twoGosuslugi(core: UnlinkerCore) {
  const ru = await must(core, 'createCase', { ...RU })
  const cn = await must(core, 'createCase', { ...CN })
  const [first] = await must(core, 'addFromCatalog', { caseId: ru.id, catalogIds: ['gosuslugi'] })
  await must(core, 'updateAccount', {
    id: first!.id,
    patch: { status: 'inProgress', notes: 'Codeword: the first cat', usages: ['login'] }
  })
  await must(core, 'tickStep', { id: first!.id, stepId: 'sign-in', ticked: true })
  // As an older version's import made them: a second account for the same entry.
  const second = await must(core, 'createAccount', {
    name: 'Gosuslugi',
    catalogId: 'gosuslugi',
    category: 'government',
    usages: ['sms2fa', 'recovery'],
    caseId: ru.id,
    evidence: {
      sms: {
        messages: 3,
        codes: 2,
        first: '2025-09-01',
        last: '2025-11-01',
        senders: ['Gosuslugi'],
        numbers: [RU.e164]
      }
    }
  })
  return { ru, cn, first: first!, second }
}

describe('duplicates on one number', { timeout: 60_000 }, () => {
  it('are found as the same catalog entry, or the same name where one was typed by hand', () => {
    const a = (id: string, caseId: string, name: string, catalogId: string | null) =>
      ({ id, caseId, name, catalogId }) as Account
    const groups = duplicateGroups([
      a('1', 'ru', 'Gosuslugi', 'gosuslugi'),
      a('2', 'ru', 'Госуслуги', 'gosuslugi'),
      a('3', 'cn', 'Gosuslugi', 'gosuslugi'),
      a('4', 'ru', 'My Clinic', null),
      a('5', 'ru', 'my clinic ', null),
      a('6', 'ru', 'Gosuslugi', null),
      // Typed by hand first, then added from the catalog: one service.
      a('7', 'cn', 'Alipay', null),
      a('8', 'cn', 'Alipay', 'alipay'),
      // Two catalog entries of one name are two services.
      a('9', 'ru', 'Steam', 'steam'),
      a('10', 'ru', 'Steam', 'steam-deck')
    ])
    expect(groups.map((g) => g.map((x) => x.id))).toEqual([
      ['1', '2', '6'],
      ['4', '5'],
      ['7', '8']
    ])
  })

  it('merge into one that keeps everything of both, with a "merged" entry, and the merge undoes', async () => {
    const dir = await tempDir()
    const core = await openCore(join(dir, 'data'), undefined, { mode: 'electron' })
    const { ru, first, second } = await twoGosuslugi(core)
    // The duplicate's exact record must come back by undo, however the first changes.
    await must(core, 'updateAccount', {
      id: second.id,
      patch: { status: 'unlinked', notes: 'Moved to the new number at the MFC' }
    })
    await must(core, 'addCustomStep', { id: second.id, title: 'Visit the MFC' })
    // In process the answers are the live records: keep copies of them as they are now.
    const withStep = structuredClone(
      await must(core, 'tickStep', { id: second.id, stepId: 'custom-1', ticked: true })
    )
    const files = await writeProofFiles(dir)
    const proofA = await must(core, 'attachProof', {
      ownerType: 'account',
      ownerId: first.id,
      kind: 'screenshot',
      source: { path: files.png }
    })
    const proofB = await must(core, 'attachProof', {
      ownerType: 'account',
      ownerId: second.id,
      kind: 'screenshot',
      source: { path: files.photo }
    })
    const keptBefore = structuredClone(
      (await must(core, 'listAccounts', {})).find((a) => a.id === first.id)!
    )

    const { account, undo } = await must(core, 'mergeAccounts', {
      keepId: first.id,
      otherIds: [second.id]
    })
    expect(account).toMatchObject({
      id: first.id,
      caseId: ru.id,
      status: 'unlinked',
      usages: ['login', 'sms2fa', 'recovery'],
      notes: 'Codeword: the first cat\n\nMoved to the new number at the MFC',
      customSteps: [{ id: 'custom-1', title: 'Visit the MFC' }],
      mergedFrom: [second.id],
      evidence: {
        sms: { messages: 3, codes: 2, senders: ['Gosuslugi'], numbers: [RU.e164] }
      }
    })
    expect(account.ticked.sort()).toEqual(['custom-1', 'sign-in'])
    const accounts = await must(core, 'listAccounts', {})
    expect(accounts.filter((a) => a.catalogId === 'gosuslugi')).toHaveLength(1)
    const proofs = await must(core, 'listProofs', {})
    expect(proofs.map((p) => [p.id, p.ownerId]).sort()).toEqual(
      [
        [proofA.id, first.id],
        [proofB.id, first.id]
      ].sort()
    )
    // Both histories, and the merge itself, are the merged account's history.
    const history = await must(core, 'listHistory', { entityId: first.id })
    expect(history[0]).toMatchObject({
      action: 'merged',
      entityId: first.id,
      changes: { merged: { from: null, to: ['Gosuslugi'] } }
    })
    const ids = new Set(history.map((e) => e.entityId))
    expect(ids).toEqual(new Set([first.id, second.id]))
    expect(
      history
        .filter((e) => e.action === 'created')
        .map((e) => e.entityId)
        .sort()
    ).toEqual([first.id, second.id].sort())
    expect(history.some((e) => e.action === 'merged' && e.entityId === second.id)).toBe(true)

    // Undo: both as they were, each proof with its own account again.
    const back = await must(core, 'undoMerge', undo)
    expect(back.map((a) => a.id)).toEqual([first.id, second.id])
    const after = await must(core, 'listAccounts', {})
    expect(after.find((a) => a.id === first.id)).toEqual({
      ...keptBefore,
      updatedAt: expect.any(String)
    })
    expect(after.find((a) => a.id === second.id)).toEqual(withStep)
    const proofsBack = await must(core, 'listProofs', {})
    expect(proofsBack.find((p) => p.id === proofB.id)?.ownerId).toBe(second.id)
    expect(proofsBack.find((p) => p.id === proofA.id)?.ownerId).toBe(first.id)
    expect((await must(core, 'listHistory', { entityId: first.id }))[0]?.action).toBe('unmerged')
    // Undone once, it cannot be undone again.
    const twice = await core.call('undoMerge', undo)
    expect(twice.ok).toBe(false)
  })

  it('keeps the merge across a restart, and refuses to merge accounts on two numbers', async () => {
    const dir = await tempDir()
    const data = join(dir, 'data')
    const core = await openCore(data, undefined, { mode: 'electron' })
    const { cn, first, second } = await twoGosuslugi(core)
    const [onCn] = await must(core, 'addFromCatalog', { caseId: cn.id, catalogIds: ['gosuslugi'] })
    const refused = await core.call('mergeAccounts', { keepId: first.id, otherIds: [onCn!.id] })
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(await must(core, 'listAccounts', {})).toHaveLength(3)

    await must(core, 'mergeAccounts', { keepId: first.id, otherIds: [second.id] })
    await closeCore(core)
    const again = await openCore(data, undefined, { mode: 'electron' })
    const [kept] = (await must(again, 'listAccounts', {})).filter((a) => a.caseId !== cn.id)
    expect(kept?.mergedFrom).toEqual([second.id])
    const history = await must(again, 'listHistory', { entityId: first.id })
    expect(history.some((e) => e.entityId === second.id && e.action === 'created')).toBe(true)
  })
})
