// VT1001–VT1004: where the program asks for something a virtual thread cannot do, with the fix.

import type { Diagnostic, RelatedLocation, Span } from '../model.js'
import { Codes } from '../diagnostics/codes.js'
import { spanOf } from '../locate.js'
import type { CallFact, FunctionFact } from '../extract/facts.js'
import type { CallGraph, ResolvedCall } from './call-graph.js'
import { canSuspend, type MultistateResult } from './multistate.js'
import { formatChain, formatStep, nameOf, reasonChain } from './names.js'
import type { Cycle } from './recursion.js'
import type { FlowResult } from './flow.js'

function diagnostic(code: string, at: Span, message: string, related: RelatedLocation[] = []): Diagnostic {
  return { code, severity: 'error', message, ...spanOf(at), related }
}

export function recursionDiagnostics(graph: CallGraph, cycles: readonly Cycle[]): Diagnostic[] {
  return cycles.map((cycle) => {
    const closing = cycle[cycle.length - 1]!.fact
    const start = nameOf(graph, cycle[0]!.fact.caller)
    const chain = [start, ...cycle.map((c) => `${nameOf(graph, c.targets.find((t) => graph.functions.has(t))!)} (${c.fact.file}:${c.fact.line})`)]
    return diagnostic(
      Codes.recursion,
      closing,
      `Recursion among multistate functions: ${chain.join(' → ')}. A virtual thread keeps its state in a ` +
        `continuation of fixed size, so a multistate function cannot call itself, directly or through others. ` +
        `Rewrite the recursion as a loop over an explicit stack, or move the blocking calls out of the recursive part.`,
      cycle.map((c) => ({ ...spanOf(c.fact), message: `${nameOf(graph, c.fact.caller)} calls ${c.fact.text} here` })),
    )
  })
}

/** VT1003 and VT1004: a suspending call in a place that cannot hold a state boundary. */
export function placementDiagnostics(graph: CallGraph, multistate: MultistateResult): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const call of graph.calls) {
    const caller = graph.functions.get(call.fact.caller)
    if (canSuspend(caller) || !multistate.suspends(call)) continue
    const what = suspendingCallee(graph, multistate, call)
    out.push(caller && (caller.async || caller.generator) ? asyncDiagnostic(call.fact, caller, what) : placementDiagnostic(call.fact, caller, what))
  }
  return out
}

function asyncDiagnostic(call: CallFact, caller: FunctionFact, what: string): Diagnostic {
  const kind = caller.async ? 'async function' : 'generator'
  return diagnostic(
    Codes.insideAsyncOrGenerator,
    call,
    `${what} can suspend the virtual thread, but it is called inside the ${kind} \`${caller.name}\`, which vtify ` +
      `does not transform. Make \`${caller.name}\` a plain function and wait for promises with VT_await(promise) ` +
      `instead of await${caller.generator ? ', or move the call out of the generator' : ''}.`,
  )
}

function placementDiagnostic(call: CallFact, caller: FunctionFact | undefined, what: string): Diagnostic {
  if (caller?.implicit !== undefined) {
    return diagnostic(
      Codes.noBoundaryHere,
      call,
      `${what} can suspend the virtual thread, but \`${caller.name}\` is called by JavaScript itself ${caller.implicit}, where a thread cannot suspend. ` +
        `Keep it plain: do the blocking work in a method your code calls (e.g. collect the items first, then iterate them).`,
    )
  }
  const fix = !caller
    ? 'Code at module top level runs outside any thread: start a thread with VT_run(main) and make the call inside it.'
    : caller.kind === 'constructor'
      ? `Move the call out of the constructor into a method that runs after construction (e.g. a static \`create()\` or an \`init()\` method).`
      : caller.kind === 'field' || caller.kind === 'static-block'
        ? 'Initialise the field with a plain value and make the call from a method.'
        : `Turn the accessor into a method (e.g. \`${caller.name.replace(/(get|set) /, '$1')}()\`) and call that.`
  const place = !caller ? 'at module top level' : `in ${describe(caller)} \`${caller.name}\``
  return diagnostic(Codes.noBoundaryHere, call, `${what} can suspend the virtual thread, but a state boundary cannot be placed ${place}. ${fix}`)
}

function describe(fn: FunctionFact): string {
  return { field: 'the field initialiser', 'static-block': 'the static block', constructor: 'the constructor', getter: 'the getter', setter: 'the setter' }[fn.kind as string] ?? 'the function'
}

/** `VT_read` or `readLine (reaches VT_read at io.ts:3)`. */
function suspendingCallee(graph: CallGraph, multistate: MultistateResult, call: ResolvedCall): string {
  if (call.kind === 'primitive') return `\`${call.fact.text}\``
  const target = call.targets.find((t) => multistate.reasons.has(t))!
  const chain = reasonChain(graph, multistate, target)
  return `\`${call.fact.text}\` (${formatChain(nameOf(graph, target), chain)})`
}

/** VT1002: a multistate function passed as a callback to code that vtify does not transform. */
export function callbackDiagnostics(graph: CallGraph, multistate: MultistateResult, flow: FlowResult): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const call of graph.calls) {
    if (call.kind !== 'external' && call.kind !== 'dynamic') continue
    // A container keeps the function for later calls, which escapes.ts matches.
    if ('external' in call.fact.callee && call.fact.callee.stores) continue
    call.fact.args.forEach((_, i) => {
      for (const fn of flow.argumentValues(call.fact, i)) {
        if (multistate.reasons.has(fn)) out.push(callbackDiagnostic(graph, multistate, call, i, fn))
      }
    })
  }
  return out
}

function callbackDiagnostic(graph: CallGraph, multistate: MultistateResult, call: ResolvedCall, index: number, fn: string): Diagnostic {
  const callback = graph.functions.get(fn)!
  const chain = reasonChain(graph, multistate, fn)
  const receiver = call.kind === 'external' ? `\`${call.name}\`` : `\`${call.fact.text}\` (a value vtify cannot trace)`
  const first = chain[0]!
  const spawn = `VT_spawn(${callback.name.startsWith('<') ? 'fn' : callback.name}, …)`
  // An array method calls it per element: a loop the thread runs itself can wait at each one.
  const fix = call.kind === 'external' && call.name.startsWith('Array.')
    ? `Call the function from a \`for…of\` loop instead, or start it as its own thread with ${spawn}.`
    : `Keep \`${callback.name}\` plain (do the blocking work before or after handing it over), or start that work as its own thread with ${spawn}.`
  return diagnostic(
    Codes.callbackToUntransformed,
    call.fact.argLocations[index]!,
    `The callback \`${callback.name}\` passed to ${receiver} calls ${formatStep(first)}, which can suspend the ` +
      `virtual thread, but ${receiver} is not compiled by vtify and cannot wait for it. ${fix}`,
    [
      { ...spanOf(callback), message: `${callback.name} is multistate: ${formatChain(callback.name, chain)}` },
      { ...spanOf(call.fact), message: `${call.fact.text} is called here` },
    ],
  )
}
