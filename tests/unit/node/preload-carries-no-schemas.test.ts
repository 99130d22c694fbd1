import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// The preload runs in every window before the page; everything it bundles is read at each
// start. It needs only the method names: validation and phone metadata stay in main.
// The Node tests build out/ first whenever a source is newer (built-cli-is-fresh.ts).
const PRELOAD = join(__dirname, '../../../out/preload/index.js')

describe('the built preload', () => {
  it('carries no schema library or phone metadata, and stays under 10 KB', async () => {
    const bundle = await readFile(PRELOAD, 'utf8')
    // Names zod and libphonenumber-js cannot be bundled without.
    expect(bundle).not.toMatch(/ZodError|\$ZodType|ZodObject/)
    expect(bundle).not.toMatch(/countryCallingCode|parsePhoneNumber|libphonenumber/)
    expect(Buffer.byteLength(bundle)).toBeLessThan(10 * 1024)
    // What it does carry: every method's channel, and the bridge.
    expect(bundle).toContain('exposeInMainWorld')
    expect(bundle).toContain('discoverAccounts')
  })
})
