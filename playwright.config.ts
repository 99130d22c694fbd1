import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './tests/support/chromium'

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  fullyParallel: false,
  // Screenshot walks tagged @look (each language of one screen, pictures to look at) run
  // with `npm run screenshots`; the tests here already prove those screens work.
  grepInvert: /@look/,
  // One: on two cores a second browser slows every test about twofold, so nothing is gained.
  workers: 1,
  reporter: [['list']],
  use: {
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
    // Recording a trace slows every test on two cores; pass --trace on to look into one.
    trace: 'off',
    launchOptions: chromiumLaunchOptions
  }
})
