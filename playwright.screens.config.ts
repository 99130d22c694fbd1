import base from './playwright.config'
import { defineConfig } from '@playwright/test'

// `npm run screenshots`: the same browser set-up, pointed at tests/screens.
export default defineConfig({
  ...base,
  testDir: 'tests/screens',
  outputDir: 'test-results/screens-run'
})
