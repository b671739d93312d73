// The `typescript` module of the CommonJS bundle. build.mjs resolves every `import ts from
// 'typescript'` — the compiler's and the plugin's — to this module, so that all of them use the
// module tsserver injects, not whatever copy `require('typescript')` would find next to vtify
// (another version's SyntaxKind numbers would silently disagree with the Program's nodes).
// Run from source (the in-process tests), those imports resolve to the real package instead.

import type ts from 'typescript'

// A live binding: bundled modules read it at call time, after init() has set it.
let injected: typeof ts | undefined
export { injected as default }

export function injectTypeScript(typescript: typeof ts): void {
  injected = typescript
}
