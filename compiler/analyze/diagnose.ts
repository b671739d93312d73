// VT1001–VT1004: where the program asks for something a virtual thread cannot do, with the fix.

import type { Diagnostic, RelatedLocation, Span } from '../model.js'
import { callbackHost } from '../diagnostics/callback-hosts.js'
import { Codes } from '../diagnostics/codes.js'
import { withDocsLink } from '../diagnostics/links.js'
import { spanOf } from '../locate.js'
import type { CallFact, FunctionFact } from '../extract/facts.js'
import type { CallGraph, ResolvedCall } from './call-graph.js'
import { canSuspend, type MultistateResult } from './multistate.js'
import { formatChain, formatStep, nameOf, reasonChain } from './names.js'
import type { Cycle } from './recursion.js'
import type { FlowResult } from './flow.js'

function diagnostic(code: string, at: Span, message: string, related: RelatedLocation[] = []): Diagnostic {
  return { code, severity: 'error', message: withDocsLink(code, message), ...spanOf(at), related }
}

export function recursionDiagnostics(graph: CallGraph, cycles: readonly Cycle[]): Diagnostic[] {
  return cycles.map((cycle) => {
    const closing = cycle[cycle.length - 1]!.call.fact
    const start = nameOf(graph, cycle[0]!.call.fact.caller)
    const chain = [start, ...cycle.map(({ to, call }) => `${nameOf(graph, to)} (${call.fact.file}:${call.fact.line})`)]
    // A method keeps its receiver: `this.walk` is spawned as `this.walk.bind(this)`.
    const dot = closing.text.lastIndexOf('.')
    const callee = closing.text
    const spawned = dot < 0 ? callee : `${callee}.bind(${callee.slice(0, dot).replace(/\?$/, '')})`
    return diagnostic(
      Codes.recursion,
      closing,
      `Recursion among multistate functions: ${chain.join(' → ')}. A virtual thread keeps its state in a ` +
        `continuation of fixed size, so a multistate function cannot call itself, directly or through others. ` +
        `To keep the recursion, run the call that closes the cycle in a thread of its own and wait for it: ` +
        `\`${callee}(…)\` becomes \`VT_join(VT_spawn(${spawned}, …))\` (same result, its errors rethrown; a thread per level). ` +
        `Or rewrite the recursion as a loop over an explicit stack, or move the blocking calls out of the recursive part.`,
      cycle.map(({ call }) => ({ ...spanOf(call.fact), message: `${nameOf(graph, call.fact.caller)} calls ${call.fact.text} here` })),
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
  const kind = caller.async ? (caller.generator ? 'async generator' : 'async function') : 'generator'
  // An async function can wait for a thread as for any promise; a generator's caller resumes it
  // with next() and cannot wait.
  const fix = caller.async
    ? `Keep \`${caller.name}\` ${kind === 'async function' ? 'async' : 'as it is'} and run the call in a virtual thread, awaiting it as any promise: ` +
      `\`await VT_run(() => ${call.text}(…))\`. Or make \`${caller.name}\` a plain function that waits for promises with ` +
      `VT_await(promise) instead of await (it then returns its result instead of a promise: its callers change too).`
    : `A generator is resumed by its caller's next() and cannot wait for a virtual thread. Do the blocking work in the ` +
      `caller, between the values it takes from \`${caller.name}\`; or make \`${caller.name}\` a plain function that ` +
      `takes a callback and calls it with each value (the loop then runs in the thread and can wait).`
  return diagnostic(
    Codes.insideAsyncOrGenerator,
    call,
    `${what} can suspend the virtual thread, but it is called inside the ${kind} \`${caller.name}\`, which vtify does not transform. ${fix}`,
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
        : `Turn the accessor into a method (e.g. \`${accessorMethod(caller.name)}()\`) and call that where the property was read or written.`
  const place = !caller ? 'at module top level' : `in ${describe(caller)} \`${caller.name}\``
  return diagnostic(Codes.noBoundaryHere, call, `${what} can suspend the virtual thread, but a state boundary cannot be placed ${place}. ${fix}`)
}

/** `Conn.get size` → `Conn.getSize`. */
function accessorMethod(name: string): string {
  return name.replace(/(get|set) (\w)/, (_, kind: string, first: string) => `${kind}${first.toUpperCase()}`)
}

function describe(fn: FunctionFact): string {
  return (
    { field: 'the field initialiser', 'static-block': 'the static block', constructor: 'the constructor', getter: 'the getter', setter: 'the setter' }[
      fn.kind as string
    ] ?? 'the function'
  )
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
  const fix = callbackFix(call, callback.name)
  return diagnostic(
    Codes.callbackToUntransformed,
    call.fact.argLocations[index]!,
    `${anonymous(callback.name) ? 'The callback' : `The callback \`${callback.name}\``} passed to ${receiver} calls ${formatStep(first)}, which can suspend the ` +
      `virtual thread, but ${receiver} is not compiled by vtify and cannot wait for it. ${fix}`,
    [
      { ...spanOf(callback), message: `${callback.name} is multistate: ${formatChain(callback.name, chain)}` },
      { ...spanOf(call.fact), message: `${call.fact.text} is called here` },
    ],
  )
}

/** VT1002's advice, by what the untransformed code does with the callback (callback-hosts.ts). */
function callbackFix(call: ResolvedCall, name: string): string {
  const fn = anonymous(name) ? 'the callback' : `\`${name}\``
  const host = call.kind === 'external' ? callbackHost(call.name) : 'other'
  const spawn = `\`(...args) => VT_spawn(${anonymous(name) ? 'fn' : name}, ...args)\``
  if (host === 'array') {
    const method = call.kind === 'external' ? call.name.slice(call.name.lastIndexOf('.') + 1) : ''
    return method === 'forEach'
      ? `Iterate with a \`for…of\` loop instead — \`for (const item of items) { …the callback's body… }\` — which runs in the thread, in the same order, and can wait at each element.`
      : `Write the iteration as a \`for…of\` loop that builds the result itself: the loop runs in the thread, in the same order, and can wait at each element.`
  }
  const receiver = call.kind === 'external' ? `\`${call.name}\`` : 'it'
  if (host === 'deferred') {
    return `${receiver} calls ${fn} later and ignores what it returns, so ${fn} can start the blocking work as a virtual thread of its own when it is called: pass ${spawn} instead.`
  }
  return (
    `Keep ${fn} plain: do the blocking work before handing it over, or after ${receiver} returns. ` +
    `Only if ${receiver} ignores what ${fn} returns and does not need its work finished when it returns can ${fn} start that work as a thread of its own: ${spawn}.`
  )
}

/** `<callback to forEach>`: a function written in place, named after what it is handed to. */
function anonymous(name: string): boolean {
  return name.startsWith('<') && name.endsWith('>')
}
