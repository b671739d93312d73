// vtify/no-multistate-recursion: VT1001, recursion among multistate functions (docs/rules/no-multistate-recursion.md).

import { Codes } from '../compiler/index.js'
import { createRule } from './create-rule.js'
import { reportDiagnostics } from './report-diagnostics.js'

export default createRule({
  name: 'no-multistate-recursion',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow recursion among multistate functions: a virtual thread has a continuation of fixed size',
      recommended: true,
    },
    // The compiler's message names the whole cycle with file:line of every call, and the fix.
    messages: { recursion: '{{message}}' },
    schema: [],
  },
  defaultOptions: [],
  create: (context) => reportDiagnostics(context, { [Codes.recursion]: 'recursion' }),
})
