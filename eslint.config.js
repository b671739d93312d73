// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
// The built plugin: `npm test` builds before it lints.
import vtify from './dist/eslint-rules/index.js'

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'test/fixtures/**',
      'test/transform/corpus/**',
      'test/transform/known-failures/**',
      'test/eslint/fixtures/**',
      'test/plugin/fixtures/**',
      'bench/generated/**',
      'examples/*/dist/**',
      'playground/dist/**',
      'test/conformance/test262/**',
    ],
  },
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
    // Front ends read the compiler through its public entry only (vtify/compiler): what they may
    // rely on is what compiler/index.ts exports (docs/architecture.md).
    files: ['cli/**', 'plugin/**', 'ts-plugin/**', 'eslint-rules/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/compiler/**', '!**/compiler/index.js', '!**/compiler/node.js'],
              message: "Front ends import only the compiler's public entries: compiler/index.js (vtify/compiler) and, in Node, compiler/node.js.",
            },
            { group: ['**/runtime/**'], message: "Front ends read the runtime's names through compiler/index.js." },
          ],
        },
      ],
    },
  },
  {
    files: ['examples/**/*.ts'],
    extends: [vtify.configs.recommended],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
)
