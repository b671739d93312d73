// vtify/eslint: the ESLint flat-config plugin. Rules read the compiler's analysis model through the
// typed-linting Program; `configs.recommended` turns them all on, with the parser and typed
// linting they need (recommended.ts).

// First: the modules below load typescript-eslint, which must find a TypeScript with its compiler API.
import './own-typescript.js'
import type { TSESLint } from '@typescript-eslint/utils'
import noMultistateRecursion from './no-multistate-recursion.js'
import noUnsuspendableCall from './no-unsuspendable-call.js'
import requireYieldInLoop from './require-yield-in-loop.js'
import { recommendedConfig } from './recommended.js'

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

plugin.configs.recommended = recommendedConfig(plugin as unknown as TSESLint.FlatConfig.Plugin)

export default plugin
