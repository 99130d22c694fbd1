import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

export default defineConfig({
  test: {
    // Two files at once: some wait on child processes (crash children, the command line
    // run as a process) or on discovery workers.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/unit/node/**/*.test.ts'],
          exclude: ['tests/unit/node/**/*.stress.test.ts'],
          // A few of these run the built command line: it is rebuilt first when older
          // than its sources.
          globalSetup: ['tests/support/built-cli-is-fresh.ts'],
          // The same fresh build's discovery worker: from source, each discovery would
          // start a worker that transpiles every reader through tsx again.
          env: { UNLINKER_DISCOVER_WORKER: resolve(__dirname, 'out/main/discover-worker.js') },
          testTimeout: 30_000
        }
      },
      {
        // Long runs (many SIGKILLs): `npm test` and CI run them, `npm run test:unit` does not.
        test: {
          name: 'stress',
          environment: 'node',
          include: ['tests/unit/node/**/*.stress.test.ts'],
          testTimeout: 600_000
        }
      },
      {
        plugins: [vue()],
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['tests/unit/renderer/**/*.test.ts']
        }
      }
    ]
  }
})
