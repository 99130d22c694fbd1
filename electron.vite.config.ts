import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'
import { focusTrapReturnsFocusOnce } from './scripts/focus-trap-returns-focus-once'

// lowdb, steno and string-width (the command line's column widths) ship as ESM only; the
// main bundle is CommonJS, so they are bundled in.
const bundledEsmOnly = ['lowdb', 'steno', 'string-width']

export default defineConfig({
  main: {
    build: {
      externalizeDeps: { exclude: bundledEsmOnly },
      rollupOptions: {
        input: {
          // The Electron app.
          index: resolve(__dirname, 'src/main/index.ts'),
          // The same core without Electron: web mode and the command line (plain Node).
          cli: resolve(__dirname, 'src/cli/index.ts'),
          // The same command line as a function, run(argv, io), for a program that hosts it
          // (the end-to-end tests serve web mode from inside their own worker).
          'cli-run': resolve(__dirname, 'src/cli/run.ts'),
          // Reads password exports and address books off the main thread (worker_threads).
          'discover-worker': resolve(__dirname, 'src/core/discover/discover-worker.ts')
        }
      }
    }
  },
  preload: {
    build: {
      // A sandboxed preload must be one CommonJS file with nothing required at run time.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js' }
      }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [vue(), focusTrapReturnsFocusOnce()],
    // vue-i18n's feature flags, replaced at build time so what the app never uses (the
    // legacy API, the global <i18n-t> components, devtools hooks) is left out of the bundle.
    define: {
      __VUE_I18N_LEGACY_API__: 'false',
      __VUE_I18N_FULL_INSTALL__: 'false',
      __INTLIFY_PROD_DEVTOOLS__: 'false'
    },
    build: {
      // electron-vite leaves the renderer unminified; minified, the window has a third less
      // JavaScript to read and parse at every start (and web mode a third less to send).
      minify: 'esbuild',
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } }
    }
  }
})
