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
import { configRoot } from './config-root.js'

export { NO_TYPE_INFORMATION } from './analysis.js'

const rules = {
  'no-multistate-recursion': noMultistateRecursion,
  'require-yield-in-loop': requireYieldInLoop,
  'no-unsuspendable-call': noUnsuspendableCall,
}

interface VtifyPlugin {
  meta: { name: string }
  rules: typeof rules
  configs: { readonly recommended: TSESLint.FlatConfig.Config }
}

/** One recommended config per root: each eslint.config.* reading it gets the one of its directory. */
const recommendedByRoot = new Map<string, TSESLint.FlatConfig.Config>()

const plugin: VtifyPlugin = {
  meta: { name: 'vtify' },
  rules,
  configs: {
    // A getter: where it is read from says where the project is (config-root.ts).
    get recommended(): TSESLint.FlatConfig.Config {
      const root = configRoot()
      let config = recommendedByRoot.get(root)
      if (!config) recommendedByRoot.set(root, (config = recommendedConfig(plugin as unknown as TSESLint.FlatConfig.Plugin, root)))
      return config
    },
  },
}

export default plugin
