import { readFile } from 'node:fs/promises'
import type { Plugin } from 'vite'

/**
 * naive-ui's dialogs keep focus inside with vueuc's FocusTrap, which gives focus back to
 * the button that opened a dialog when it closes (right), and again when the dialog's
 * body leaves the page after its closing animation: its unmount calls deactivate() once
 * more, because deactivate() never clears the flag that says the trap is active. By then
 * the user may be typing elsewhere (the accounts search, right after Escape), and that
 * second move sends the rest of their keystrokes to the button: the search box keeps
 * its previous text. Here deactivate() runs once per activation, in the build and in
 * the dependencies the dev server pre-bundles.
 */
const FILE = /[\\/]vueuc[\\/](es|lib)[\\/]focus-trap[\\/]src[\\/]index\.js$/
const DEACTIVATE = 'function deactivate() {'

function deactivateOnce(code: string): string {
  if (!code.includes(DEACTIVATE) || !code.includes('let activated = false;'))
    throw new Error(
      "vueuc's FocusTrap has changed: check whether a closed dialog still moves focus when it unmounts, then update or drop scripts/focus-trap-returns-focus-once.ts."
    )
  return code.replace(DEACTIVATE, `${DEACTIVATE}\n if (!activated) return;\n activated = false;`)
}

export function focusTrapReturnsFocusOnce(): Plugin {
  return {
    name: 'focus-trap-returns-focus-once',
    enforce: 'pre',
    config: () => ({
      optimizeDeps: {
        esbuildOptions: {
          plugins: [
            {
              name: 'focus-trap-returns-focus-once',
              setup(build) {
                build.onLoad({ filter: FILE }, async ({ path }) => ({
                  contents: deactivateOnce(await readFile(path, 'utf8')),
                  loader: 'js'
                }))
              }
            }
          ]
        }
      }
    }),
    transform(code, id) {
      return FILE.test(id) ? deactivateOnce(code) : null
    }
  }
}
