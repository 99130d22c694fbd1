import base from './playwright.config'
import { defineConfig } from '@playwright/test'

// `npm run screenshots`: the same browser set-up, for tests/screens and the end-to-end
// walks tagged @look that take each language's pictures of one screen.
export default defineConfig({
  ...base,
  grepInvert: undefined,
  outputDir: 'test-results/screens-run',
  projects: [
    { name: 'screens', testDir: 'tests/screens' },
    { name: 'looks', testDir: 'tests/e2e', grep: /@look/ }
  ]
})
