import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import vue from 'eslint-plugin-vue'
import prettier from 'eslint-config-prettier'
import { builtinModules } from 'node:module'
import globals from 'globals'
import sdl from '@microsoft/eslint-plugin-sdl'
import a11y from 'eslint-plugin-vuejs-accessibility'

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)]

/** Each file belongs to one process: these imports would cross a boundary. */
const noElectron = {
  name: 'electron',
  message: "'electron' belongs only in the Electron glue (src/main) and src/preload."
}
/**
 * date-fns by its barrel loads every one of its functions (hundreds of ms at each start of
 * the command line, a test file or a worker); each function has its own entry point.
 */
const noDateFnsBarrel = {
  name: 'date-fns',
  message: "Import each function from its own entry: import { addDays } from 'date-fns/addDays'."
}
const noNode = nodeBuiltins.map((name) => ({
  name,
  message: 'Node built-ins are not available here: shared code and the renderer run in a browser.'
}))

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench-results/**'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Microsoft's SDL rules: no eval, no innerHTML or document.write, no insecure URLs, and
  // for Electron: no Node integration, context isolation and the sandbox kept on, web
  // security on, no insecure content, no blink features turned on. The glue's behaviour
  // itself (IPC sender, app://, navigation, permissions) is proven by the electron-* tests.
  ...sdl.configs.common.map((config) => ({ ...config, files: ['src/**/*.{ts,vue}'] })),
  ...sdl.configs.electron.map((config) => ({
    ...config,
    files: ['src/main/**/*.ts', 'src/preload/**/*.ts']
  })),
  {
    // Web mode serves loopback only, over plain HTTP by design (nothing leaves the machine).
    files: ['src/**/*.ts'],
    rules: {
      '@microsoft/sdl/no-insecure-url': [
        'error',
        { exceptions: ['^http:\\/\\/127\\.0\\.0\\.1([:/].*)?$', '^http:\\/\\/$'] }
      ]
    }
  },
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } }
  },
  ...a11y.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    rules: {
      // A label either wraps its control or names it with for=; both are accessible.
      'vuejs-accessibility/label-has-for': ['error', { required: { some: ['nesting', 'id'] } }],
      // Naive UI's autofocus props move focus once, on the lock screen's only field.
      'vuejs-accessibility/no-autofocus': ['error', { ignoreNonDOM: true }]
    }
  },
  {
    // A roving tabindex: one option is focusable at a time, set by a bound :tabindex the
    // rule cannot read, and the listbox handles the keys for all of them.
    files: ['src/renderer/src/components/catalog/CatalogResults.vue'],
    rules: {
      'vuejs-accessibility/interactive-supports-focus': 'off',
      'vuejs-accessibility/click-events-have-key-events': 'off'
    }
  },
  {
    // Ctrl+Enter submits the form: a <form> is not a static element.
    files: ['src/renderer/src/components/accounts/AccountForm.vue'],
    rules: { 'vuejs-accessibility/no-static-element-interactions': 'off' }
  },
  {
    // The type checker already knows every global; no-undef only misreads DOM and Node types.
    files: ['**/*.{ts,vue}'],
    rules: { 'no-undef': 'off' }
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } }
  },
  {
    // The installed command is plain CommonJS so it runs before anything is built.
    files: ['bin/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-ignore': 'allow-with-description', 'ts-expect-error': 'allow-with-description' }
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'vue/multi-word-component-names': 'off'
    }
  },
  {
    files: ['**/*.{ts,vue}'],
    rules: { 'no-restricted-imports': ['error', { paths: [noDateFnsBarrel] }] }
  },
  {
    files: ['src/shared/**', 'src/renderer/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron, noDateFnsBarrel, ...noNode] }]
    }
  },
  {
    // Components call Pinia stores, never the api: a store holds what the core last
    // confirmed and keeps it unchanged when a call is refused, for every screen at once.
    files: ['src/renderer/**/*.vue'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, noDateFnsBarrel, ...noNode],
          patterns: [
            {
              group: [
                '**/api/client',
                '**/api/client.ts',
                '**/api/file-transfer',
                '**/api/file-transfer.ts'
              ],
              message: 'Components call Pinia stores (src/renderer/src/stores), not the api.'
            }
          ]
        }
      ]
    }
  },
  {
    // Schemas, validation and phone metadata live in main; the renderer would only carry
    // their weight, and the preload, loaded into every window before the page, would
    // carry them on every start.
    files: ['src/renderer/**', 'src/preload/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex:
                '(^zod$)|(^libphonenumber-js)|shared/(contract|domain/(account|case|dates|history|person|proof|phone)|catalog/entry-schema|archive/manifest)$',
              allowTypeImports: true,
              message:
                'Schemas stay out of the renderer and the preload: import values from the *-values or method-names module and types with `import type`.'
            }
          ]
        }
      ]
    }
  },
  {
    // The app's own code names the method it calls: invoke() types the input and the
    // answer by the contract, where call() (for IPC and HTTP) answers unknown.
    files: ['src/main/**', 'src/cli/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='call'][arguments.0.type='Literal']",
          message: "Call the core with invoke('method', input): typed answers, no casts."
        }
      ]
    }
  },
  {
    files: ['src/core/**', 'src/web/**', 'src/cli/**', 'tests/**', 'bench/**', 'scripts/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron, noDateFnsBarrel] }] }
  },
  prettier
)
