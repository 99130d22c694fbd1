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
  // Two: the machines have two cores, and each test mostly waits on its own server and browser.
  workers: 2,
  reporter: [['list']],
  use: {
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions
  }
})
