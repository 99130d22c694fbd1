// Fills a data folder with the example and turns encryption on, as a user would in
// Settings. Usage: node --import tsx encrypt-folder.ts DATA_DIR PASSPHRASE
import { UnlinkerCore } from '../../src/core/unlinker-core'

async function main(): Promise<void> {
  const [dataDir, passphrase] = process.argv.slice(2)
  if (!dataDir || !passphrase) throw new Error('usage: encrypt-folder DATA_DIR PASSPHRASE')
  const core = await UnlinkerCore.open({
    dataDir,
    mode: 'web',
    version: 'test',
    kdf: { N: 1024, r: 8, p: 1 }
  })
  for (const [name, input] of [
    ['loadExampleData', {}],
    ['enableEncryption', { passphrase }]
  ] as const) {
    const result = await core.call(name, input)
    if (!result.ok) throw new Error(result.error.message)
  }
  await core.close()
}

main().catch((error: unknown) => {
  process.stderr.write(String(error))
  process.exit(1)
})
