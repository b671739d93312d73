// vtify/require-yield-in-loop: a long loop in a virtual thread that can go around without reaching a
// state boundary starves every other thread (docs/rules/require-yield-in-loop.md). The model says
// which functions run in a thread and which calls are state boundaries; code-path analysis finds
// the paths around each loop; loop-bound.ts judges whether the loop is long. A loop over a
// collection the program holds is long only when its body calls more than JavaScript's built-ins
// (library-call.ts): summing an array is not what the rule is for; calling a handler per element is.

import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils'
import type { FunctionInfo } from '../compiler/index.js'
import { analysisFor } from './analysis.js'
import { createRule } from './create-rule.js'
import { isBuiltinCall } from './library-call.js'
import { loopBound, type LoopBound, type LoopNode } from './loop-bound.js'
import { LoopPaths, type Loop } from './loop-paths.js'
import { yieldFixes } from './yield-fix.js'

const LOOPS = 'WhileStatement, DoWhileStatement, ForStatement, ForInStatement, ForOfStatement'
const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression'])
/** Longer callee texts are cut in the message. */
const CALLEE_TEXT = 40

type Options = [{ maxIterations?: number }]
type MessageId = 'unyieldingLoop' | 'addYield'

/** One function's code path: its model entry, its loops, and the iterations each can run unyielding. */
interface Tracked {
  fn: FunctionInfo
  paths: LoopPaths
}

export default createRule<Options, MessageId>({
  name: 'require-yield-in-loop',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a state boundary (e.g. VT_yield()) on every path around a long loop that runs in a virtual thread',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      unyieldingLoop:
        'This loop in `{{fn}}` runs in a virtual thread and can run {{why}} without reaching a state boundary; ' +
        'until it ends, no other thread runs. Call VT_yield() in the loop{{multistate}}.',
      addYield: 'Add VT_yield() at the end of the loop body{{multistate}}.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          maxIterations: { type: 'integer', minimum: 1, description: 'Loops that can run more iterations than this between state boundaries are reported.' },
        },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{ maxIterations: 1000 }],
  create(context, [{ maxIterations = 1000 }]) {
    const analysis = analysisFor(context)
    const yieldFix = yieldFixes(context.sourceCode)
    // One entry per code path being traversed; undefined for code that does not run in a thread.
    const stack: Array<Tracked | undefined> = []
    const top = (): LoopPaths | undefined => stack.at(-1)?.paths

    /** A loop over a collection runs once per element it holds: only a call in its body can make that long. */
    const boundOf = (loop: Loop): LoopBound => {
      const own = loopBound(loop.node)
      if (!own.collection) return own
      if (loop.call === undefined) return { count: 1, why: own.why }
      const items = context.sourceCode.getText(own.collection)
      return { count: Infinity, why: `once per element of \`${shorten(items)}\` (a collection of unknown size), calling \`${loop.call}\` each time,` }
    }

    /** A call in a loop is a state boundary, or work that can make a loop over a collection long. */
    const noteCall = (node: TSESTree.CallExpression | TSESTree.NewExpression): void => {
      const paths = top()
      if (!paths?.inLoop) return
      if (node.type === AST_NODE_TYPES.CallExpression && analysis.isBoundary(node)) paths.boundary()
      else if (!isBuiltinCall(analysis.services, node)) {
        const callee = shorten(context.sourceCode.getText(node.callee))
        paths.called(`${node.type === AST_NODE_TYPES.NewExpression ? 'new ' : ''}${callee}(…)`, node.range)
      }
    }

    const report = ({ fn, paths }: Tracked): void => {
      const work = new Map<Loop, { count: number; reported: boolean }>()
      for (const loop of paths.loops) {
        const own = boundOf(loop)
        const free = paths.isFree(loop)
        // A nested loop that can go around unyielding multiplies the iterations between boundaries.
        const inner = loop.children.map((c) => work.get(c)!)
        const count = own.count * Math.max(1, ...inner.map((w) => w.count))
        const innerReported = inner.some((w) => w.reported)
        const reported = free && count > maxIterations && !innerReported
        work.set(loop, { count: free ? count : 1, reported: reported || innerReported })
        if (!reported) continue
        const why = own.count > maxIterations ? own.why : `${count} times across its nested loops`
        const multistate = fn.multistate
          ? ` (\`${fn.name}\` is already multistate, so this only adds a state boundary)`
          : `; this makes \`${fn.name}\` multistate, and every function that calls it`
        // No suggestion where a variable around the loop shadows the name the call would use.
        const fix = yieldFix(loop.node)
        context.report({
          node: loop.node,
          loc: { start: loop.node.loc.start, end: loop.node.body.loc.start },
          messageId: 'unyieldingLoop',
          data: { fn: fn.name, why, multistate },
          suggest: fix ? [{ messageId: 'addYield', data: { multistate }, fix }] : [],
        })
      }
    }

    const listener = {
      onCodePathStart(_codePath: TSESLint.CodePath, node: TSESTree.Node) {
        const fn = FUNCTIONS.has(node.type) ? analysis.functionOf(node) : undefined
        stack.push(fn?.inThread ? { fn, paths: new LoopPaths() } : undefined)
      },
      onCodePathEnd() {
        const tracked = stack.pop()
        if (tracked) report(tracked)
      },
      onCodePathSegmentStart: (segment: TSESLint.CodePathSegment) => top()?.segmentStart(segment),
      onCodePathSegmentEnd: (segment: TSESLint.CodePathSegment) => top()?.segmentEnd(segment),
      onCodePathSegmentLoop: (from: TSESLint.CodePathSegment, to: TSESLint.CodePathSegment) => top()?.looped(from, to),
      [LOOPS]: (node: LoopNode) => top()?.enterLoop(node),
      [`${LOOPS}:exit`]: () => top()?.exitLoop(),
      'CallExpression:exit': (node: TSESTree.CallExpression) => noteCall(node),
      'NewExpression:exit': (node: TSESTree.NewExpression) => noteCall(node),
    }
    // RuleListener types every key as a node selector; ESLint also calls the onCodePath* keys, with
    // the arguments typed above (typescript-eslint#6993).
    return listener as unknown as TSESLint.RuleListener
  },
})

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ')
  return line.length > CALLEE_TEXT ? `${line.slice(0, CALLEE_TEXT - 1)}…` : line
}
