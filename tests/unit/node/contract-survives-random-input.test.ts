import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { METHOD_NAMES } from '../../../src/shared/contract'
import { ERROR_CODES } from '../../../src/shared/result'
import { STORE_FILE } from '../../../src/core/store/open-store'
import { must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

/** Payloads shaped like ours but wrong, and payloads of any shape at all. */
const payload = fc.oneof(
  fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true }),
  fc.dictionary(
    fc.constantFrom(
      'id',
      'ids',
      'name',
      'patch',
      'status',
      'source',
      'caseId',
      'limit',
      'kind',
      'upload',
      'path'
    ),
    fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.integer(),
      fc.double(),
      fc.constant(null),
      fc.array(fc.string(), { maxLength: 3 }),
      fc.object({ maxDepth: 2 })
    )
  )
)

describe('every contract method, given random input', () => {
  it('answers a typed error or a valid result, never throws, and changes nothing on a refusal', async () => {
    const dataDir = join(await tempDir(), 'data')
    const core = await openCore(dataDir)
    await must(core, 'loadExampleData', {})
    const storePath = join(dataDir, STORE_FILE)
    let refusals = 0
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...METHOD_NAMES, 'constructor', '__proto__', 'toString'),
        payload,
        async (name, input) => {
          const before = await readFile(storePath, 'utf8')
          const result = await core.call(name, input)
          expect(typeof result.ok).toBe('boolean')
          if (!result.ok) {
            refusals++
            expect(ERROR_CODES).toContain(result.error.code)
            expect(result.error.message.length).toBeGreaterThan(0)
            expect(await readFile(storePath, 'utf8')).toBe(before)
          }
        }
      ),
      { numRuns: 2000 }
    )
    expect(refusals).toBeGreaterThan(1500)
  }, 120_000)
})
