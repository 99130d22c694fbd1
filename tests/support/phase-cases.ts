// Run with tsx (see seedPhaseFolder): Playwright's loader cannot load the core itself.
import { UnlinkerCore } from '../../src/core/unlinker-core'
import type { MethodInput, MethodName, MethodOutput } from '../../src/shared/contract'
import { CRITICAL, HIGH, type SeededPhase } from './phase-seed'

/** A local calendar date some days from today (negative: in the past), as the app counts. */
export function dayFromToday(days: number): string {
  const date = new Date()
  date.setDate(date.getDate() + days)
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

async function call<M extends MethodName>(
  core: UnlinkerCore,
  name: M,
  input: MethodInput<M>
): Promise<MethodOutput<M>> {
  const result = await core.invoke(name, input)
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
  return result.data
}

/**
 * A data folder holding one number in a phase, with dates relative to today: four
 * critical accounts, a high and a medium one, two people to tell and the new number. Written
 * through the core itself, so it always fits the current store schema.
 */
export async function seedPhase(dataDir: string, phase: SeededPhase): Promise<void> {
  const core = await UnlinkerCore.open({ dataDir, mode: 'web', version: '0.0.0-test' })
  try {
    const cancelledDaysAgo = phase === 'possiblyReassigned' ? 75 : 10
    const planning = phase === 'planning' || phase === 'empty'
    const c = await call(core, 'createCase', {
      number: '+7 912 345-67-89',
      country: 'RU',
      carrier: 'mts',
      status: planning ? 'planned' : 'confirmed',
      cancellationDate: planning ? dayFromToday(20) : dayFromToday(-cancelledDaysAgo),
      lastUseDate: planning ? null : dayFromToday(-cancelledDaysAgo - 2),
      replacementNumber: '+44 7911 123456'
    })
    if (phase === 'empty') return
    const category = {
      Sber: 'bank',
      'T-Bank': 'bank',
      Gosuslugi: 'government',
      Gmail: 'email',
      Telegram: 'messenger'
    } as const
    for (const name of [...CRITICAL, HIGH] as const)
      await call(core, 'createAccount', {
        caseId: c.id,
        name,
        category: category[name],
        usages: ['login', 'sms2fa'],
        status: phase === 'finished' ? 'verified' : 'todo',
        lockedOut: phase === 'possiblyReassigned' && name === 'Gosuslugi'
      })
    await call(core, 'createAccount', {
      caseId: c.id,
      name: 'Ozon',
      category: 'marketplace',
      usages: ['notifications'],
      status: phase === 'finished' ? 'unlinked' : 'todo'
    })
    await call(core, 'createPerson', { caseId: c.id, name: 'Mum', contact: 'WhatsApp' })
    await call(core, 'createPerson', { caseId: c.id, name: 'Landlord', contact: 'SMS' })
  } finally {
    await core.close()
  }
}

const [, , dir, phase] = process.argv
if (dir && phase) {
  seedPhase(dir, phase as SeededPhase).catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`)
    process.exit(1)
  })
}
