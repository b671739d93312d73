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
type MessageId = 'unyieldingLoop' | 'unyieldingLoopNoBoundary' | 'addYield'

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
      unyieldingLoopNoBoundary:
        'This loop in `{{fn}}` runs in a virtual thread and can run {{why}} without reaching a state boundary; ' +
        'until it ends, no other thread runs. {{fix}}',
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
        // `for await` waits for a promise on every iteration: other threads run meanwhile.
        const free = paths.isFree(loop) && !(loop.node.type === AST_NODE_TYPES.ForOfStatement && loop.node.await)
        // A nested loop that can go around unyielding multiplies the iterations between boundaries.
        const inner = loop.children.map((c) => work.get(c)!)
        const count = own.count * Math.max(1, ...inner.map((w) => w.count))
        const innerReported = inner.some((w) => w.reported)
        const reported = free && count > maxIterations && !innerReported
        work.set(loop, { count: free ? count : 1, reported: reported || innerReported })
        if (!reported) continue
        const why = own.count > maxIterations ? own.why : `${count} times across its nested loops`
        const loc = { start: loop.node.loc.start, end: loop.node.body.loc.start }
        const elsewhere = yieldElsewhere(fn)
        if (elsewhere) {
          // VT_yield() here would be VT1003 or VT1004: no suggestion, and the message says where it can go.
          context.report({ node: loop.node, loc, messageId: 'unyieldingLoopNoBoundary', data: { fn: fn.name, why, fix: elsewhere } })
          continue
        }
        const multistate = fn.multistate
          ? ` (\`${fn.name}\` is already multistate, so this only adds a state boundary)`
          : `; this makes \`${fn.name}\` multistate, and every function that calls it`
        // No suggestion where a variable around the loop shadows the name the call would use.
        const fix = yieldFix(loop.node)
        context.report({
          node: loop.node,
          loc,
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
      // A generator's `yield` hands control to its caller, whose own loop is checked; an async
      // function's `await` returns to the event loop. Either lets other threads run.
      'YieldExpression:exit': () => top()?.boundary(),
      'AwaitExpression:exit': () => top()?.boundary(),
      'NewExpression:exit': (node: TSESTree.NewExpression) => noteCall(node),
    }
    // RuleListener types every key as a node selector; ESLint also calls the onCodePath* keys, with
    // the arguments typed above (typescript-eslint#6993).
    return listener as unknown as TSESLint.RuleListener
  },
})

/**
 * Where the loop of `fn` can give way instead, when a state boundary cannot be placed in `fn` (the
 * compiler's VT1003 and VT1004); undefined when VT_yield() can go in the loop.
 */
function yieldElsewhere(fn: FunctionInfo): string | undefined {
  if (fn.generator) {
    return `vtify does not transform the generator \`${fn.name}\`, so VT_yield() cannot be called in it: \`yield\` in the loop hands each value to the caller, whose loop can call VT_yield().`
  }
  if (fn.async) {
    return `vtify does not transform the async function \`${fn.name}\`, so VT_yield() cannot be called in it: \`await\` in the loop lets other threads run.`
  }
  if (fn.kind === 'constructor') {
    return 'A state boundary cannot be placed in a constructor: move the loop into a method that runs after construction (e.g. a static `create()` or an `init()` method) and call VT_yield() in the loop there.'
  }
  if (fn.kind === 'getter' || fn.kind === 'setter') {
    return `A state boundary cannot be placed in the ${fn.kind} \`${fn.name}\`: turn it into a method, call that where the property was used, and call VT_yield() in the loop there.`
  }
  return undefined
}

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ')
  return line.length > CALLEE_TEXT ? `${line.slice(0, CALLEE_TEXT - 1)}…` : line
}
