// `configs.recommended`: a flat config that works as pasted into a project's eslint.config.js, with
// nothing else installed but eslint and vtify. It brings its own parser (typescript-eslint's, a
// dependency of vtify, so it runs on vtify's TypeScript 6 even in a project on TypeScript 7, which
// typescript-eslint does not support) and typed linting through the project service, rooted at the
// directory of the eslint.config.* that reads it (config-root.ts).
//
// Config files at the root (vite.config.ts, vitest.config.ts) are left out. Some apps' tsconfigs
// include them (create-vite's react-ts and vue-ts: tsconfig.node.json), others' do not (vanilla-ts),
// and no setting of the project service (one per process) takes both: a file in its default project
// (allowDefaultProject) that a tsconfig also includes is a parsing error, as is a file in neither.
// They run no threads.

import parser from '@typescript-eslint/parser'
import type { TSESLint } from '@typescript-eslint/utils'

/** Files the recommended config lints: TypeScript sources. */
export const TYPESCRIPT_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts']

/** Root-level config files, which the recommended config does not lint. */
export const ROOT_CONFIG_FILES = ['*.config.ts', '*.config.mts', '*.config.cts']

export function recommendedConfig(plugin: TSESLint.FlatConfig.Plugin, root: string): TSESLint.FlatConfig.Config {
  return {
    name: 'vtify/recommended',
    files: TYPESCRIPT_FILES,
    ignores: ROOT_CONFIG_FILES,
    plugins: { vtify: plugin },
    languageOptions: {
      parser,
      parserOptions: {
        projectService: true,
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
