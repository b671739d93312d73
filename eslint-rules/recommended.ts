// `configs.recommended`: a flat config that works as pasted into a project's eslint.config.js, with
// nothing else installed but eslint and vtify. It brings its own parser (typescript-eslint's, a
// dependency of vtify, so it runs on vtify's TypeScript 6 even in a project on TypeScript 7, which
// typescript-eslint does not support) and typed linting through the project service. Config files
// at the root (vite.config.ts) are in no tsconfig of a Vite app: they get the service's default
// project instead of the error "was not found by the project service". It is rooted at the directory
// of the eslint.config.* that reads it (config-root.ts).

import parser from '@typescript-eslint/parser'
import type { TSESLint } from '@typescript-eslint/utils'

/** Files the recommended config lints: TypeScript sources. */
export const TYPESCRIPT_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts']

/** Root-level config files, linted with the project service's default project when no tsconfig includes them. */
export const ROOT_CONFIG_FILES = ['*.config.ts', '*.config.mts', '*.config.cts']

export function recommendedConfig(plugin: TSESLint.FlatConfig.Plugin, root: string): TSESLint.FlatConfig.Config {
  return {
    name: 'vtify/recommended',
    files: TYPESCRIPT_FILES,
    plugins: { vtify: plugin },
    languageOptions: {
      parser,
      parserOptions: {
        projectService: { allowDefaultProject: ROOT_CONFIG_FILES },
        tsconfigRootDir: root,
      },
    },
    rules: {
      'vtify/no-multistate-recursion': 'error',
      'vtify/no-unsuspendable-call': 'error',
      'vtify/require-yield-in-loop': 'warn',
    },
  }
}
