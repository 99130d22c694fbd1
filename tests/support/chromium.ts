import { existsSync } from 'node:fs'

// Debian's Chromium where it is installed (CI and the development machines); elsewhere
// Playwright's own browser, after `npx playwright install chromium`.
const systemChromium = '/usr/bin/chromium'

/** How every test and benchmark launches Chromium: headless, sandbox off, nothing online. */
export const chromiumLaunchOptions = {
  executablePath: existsSync(systemChromium) ? systemChromium : undefined,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run'
  ]
}
