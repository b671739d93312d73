// vtify/no-unsuspendable-call: VT1002–VT1004, a blocking call where the thread cannot suspend
// (docs/rules/no-unsuspendable-call.md).

import { Codes } from '../compiler/index.js'
import { createRule } from './create-rule.js'
import { reportDiagnostics } from './report-diagnostics.js'

export default createRule({
  name: 'no-unsuspendable-call',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow blocking calls where a virtual thread cannot suspend: callbacks of untransformed code, async functions, generators, constructors and accessors',
      recommended: true,
    },
    // Each message comes from the compiler and names the call, why it cannot suspend, and the fix.
    messages: {
      callbackToUntransformed: '{{message}}',
      insideAsyncOrGenerator: '{{message}}',
      noBoundaryHere: '{{message}}',
    },
    schema: [],
  },
  defaultOptions: [],
  create: (context) =>
    reportDiagnostics(context, {
      [Codes.callbackToUntransformed]: 'callbackToUntransformed',
      [Codes.insideAsyncOrGenerator]: 'insideAsyncOrGenerator',
      [Codes.noBoundaryHere]: 'noBoundaryHere',
    }),
})
