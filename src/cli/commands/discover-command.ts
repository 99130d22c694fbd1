import { resolve } from 'node:path'
import { DomainError } from '../../main/core/errors'
import { UnlinkerCore } from '../../main/core/unlinker-core'
import type { Discovery } from '../../shared/domain/discovery'
import { EXIT } from '../exit-codes'
import { APP_VERSION } from '../paths'

/**
 * `unlinker discover FILE [--data DIR] [--apply]`: lists what a password export knows.
 * A dry run by default; --apply adds the likely ones (catalog matches and logins with
 * the old number). Only names and domains are printed, never a login or a secret.
 */
export async function discoverCommand(
  file: string,
  dataDir: string,
  apply: boolean
): Promise<number> {
  const core = await UnlinkerCore.open({
    dataDir: resolve(dataDir),
    mode: 'electron',
    version: APP_VERSION
  })
  try {
    const answer = await core.call('discoverAccounts', { source: { path: resolve(file) } })
    if (!answer.ok) {
      process.stderr.write(`unlinker: ${answer.error.message}\n`)
      return answer.error.code === 'badFile' ? EXIT.badArchive : EXIT.failed
    }
    const found = answer.data as Discovery
    const out = (line: string): boolean => process.stdout.write(`${line}\n`)
    out(
      `Read a ${found.format} export: ${found.candidates.length} services, ${found.alreadyTracked} logins for services already in the list.`
    )
    for (const c of found.candidates)
      out(
        `  ${c.usesOldNumber ? '!' : ' '} ${c.name.padEnd(32)} ${c.catalogId ? 'catalog' : 'unknown'}  ${c.evidence.logins} login(s)`
      )
    out('  (! = logs in with the old number)')
    const likely = found.candidates.filter((c) => c.catalogId || c.usesOldNumber)
    if (!apply) {
      out(`Dry run: nothing added. Run again with --apply to add the ${likely.length} likely ones.`)
      return EXIT.ok
    }
    if (likely.length === 0) {
      out('Nothing to add.')
      return EXIT.ok
    }
    const added = await core.call('addDiscovered', {
      picks: likely.map(({ name, catalogId, category, usages }) => ({
        name,
        catalogId,
        category,
        usages
      }))
    })
    if (!added.ok) throw new DomainError(added.error.code, added.error.message)
    out(`Added ${likely.length} accounts.`)
    return EXIT.ok
  } finally {
    await core.close()
  }
}
