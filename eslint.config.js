// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
// The built plugin: `npm test` builds before it lints (and `npm ci` builds in `prepare`).
import vtify from './dist/eslint-rules/index.js'

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test/fixtures/**', 'test/transform/corpus/**', 'test/transform/known-failures/**', 'test/eslint/fixtures/**', 'test/plugin/fixtures/**', 'bench/generated/**', 'examples/*/dist/**', 'test/conformance/test262/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The require shim that loads TypeScript (compiler/typescript.cjs) and its types.
    files: ['**/*.cjs', '**/*.d.cts'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['examples/**/*.ts'],
    extends: [vtify.configs.recommended],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
)
