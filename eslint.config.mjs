import js from '@eslint/js'
import globals from 'globals'
import pluginVue from 'eslint-plugin-vue'
import tseslint from 'typescript-eslint'

/** Imports each layer may not make; see ARCHITECTURE.md. */
const NODE_AND_ELECTRON = [
  { group: ['electron', 'node:*', 'fs', 'path', 'os', 'child_process', 'http', 'crypto', 'url', 'util'], message: 'This layer runs without Node or Electron.' },
]
const layer = (files, patterns) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } })

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...pluginVue.configs['flat/recommended'],
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.mjs', 'bin/*.js', 'scripts/*.js'] },
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.vue'],
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      // TypeScript checks names; handlers are async by the contract even when they need not wait.
      'no-undef': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/multi-word-component-names': 'error',
      'vue/no-v-html': 'error',
    },
  },
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    files: ['bin/*.js', 'scripts/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  ...[['bin/*.js', 'scripts/*.js', '*.mjs']].map((files) => ({ files, ...tseslint.configs.disableTypeChecked })),
  // Layers: imports point down (ARCHITECTURE.md).
  layer(['src/core/**/*.ts'], [
    ...NODE_AND_ELECTRON,
    { group: ['vue', 'pinia', 'zod'], message: 'src/core is pure TypeScript.' },
    { group: ['**/shared/**', '**/main/**', '**/renderer/**', '**/host/**', '**/cli/**', '**/preload/**'], message: 'src/core uses nothing of ours.' },
  ]),
  layer(['src/shared/**/*.ts'], [
    ...NODE_AND_ELECTRON,
    { group: ['vue', 'pinia'], message: 'src/shared is the contract, used by every side.' },
    { group: ['**/main/**', '**/renderer/**', '**/host/**', '**/cli/**', '**/preload/**'], message: 'src/shared depends on core only.' },
  ]),
  layer(['src/main/services/**/*.ts'], [
    { group: ['electron'], message: 'Services are plain Node classes; Electron glue lives in src/main.' },
    { group: ['**/renderer/**', '**/host/**', '**/cli/**', '**/preload/**'], message: 'Services do not know who calls them.' },
  ]),
  layer(['src/host/**/*.ts', 'src/cli/**/*.ts'], [
    { group: ['electron'], message: 'The web host and the CLI run without Electron.' },
    { group: ['**/renderer/**', '**/preload/**'], message: 'Use the services and core, not the UI.' },
  ]),
  layer(['src/renderer/**/*.ts', 'src/renderer/**/*.vue'], [
    ...NODE_AND_ELECTRON,
    { group: ['**/main/**', '**/host/**', '**/cli/**', '**/preload/**'], message: 'The renderer reaches the services only through its bridge.' },
  ]),
  layer(['src/preload/**/*.ts'], [
    { group: ['node:*', 'fs', 'path'], message: 'The sandboxed preload has no Node.' },
    { group: ['**/main/**', '**/renderer/**', '**/host/**', '**/core/**'], message: 'The preload exposes the contract and nothing else.' },
  ]),
  {
    files: ['**/*.test.ts', 'e2e/**/*.ts'],
    rules: { 'no-restricted-imports': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
)
