// vtify/ts-plugin: the tsserver plugin. Enable it with
// `"compilerOptions": { "plugins": [{ "name": "vtify/ts-plugin" }] }`; see docs/editor.md.
// build.mjs bundles this entry into CommonJS (tsserver loads plugins with require), exported as
// `module.exports = init`.

import type ts from 'typescript'
import type * as Service from './decorate.js'
import { injectTypeScript } from './injected-typescript.js'

export interface VtifyPlugin {
  create(info: Service.PluginInfo): ts.LanguageService
}

function init(modules: { typescript: typeof ts }): VtifyPlugin {
  injectTypeScript(modules.typescript)
  // The rest of the plugin and the compiler are loaded only now, when `typescript` is bound: the
  // compiler reads it as its modules load (type-flag masks). In the bundle this require is a lazy
  // module initialiser, not a file load.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
  const { decorate } = require('./decorate.js') as typeof Service
  return { create: decorate }
}

export default init
