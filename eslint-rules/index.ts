// vtify/eslint: the ESLint flat-config plugin. Rules read the compiler's analysis model through the
// typed-linting Program; `configs.recommended` turns them all on.

import type { TSESLint } from '@typescript-eslint/utils'
import noMultistateRecursion from './no-multistate-recursion.js'
import noUnsuspendableCall from './no-unsuspendable-call.js'
import requireYieldInLoop from './require-yield-in-loop.js'

export { NO_TYPE_INFORMATION } from './analysis.js'

const rules = {
  'no-multistate-recursion': noMultistateRecursion,
  'require-yield-in-loop': requireYieldInLoop,
  'no-unsuspendable-call': noUnsuspendableCall,
}

interface VtifyPlugin {
  meta: { name: string }
  rules: typeof rules
  configs: { recommended: TSESLint.FlatConfig.Config }
}

const plugin: VtifyPlugin = {
  meta: { name: 'vtify' },
  rules,
  configs: { recommended: {} },
}

plugin.configs.recommended = {
  name: 'vtify/recommended',
  plugins: { vtify: plugin as unknown as TSESLint.FlatConfig.Plugin },
  rules: {
    'vtify/no-multistate-recursion': 'error',
    'vtify/no-unsuspendable-call': 'error',
    'vtify/require-yield-in-loop': 'warn',
  },
}

export default plugin
