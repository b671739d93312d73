// The analyze phase: per-file facts in, the analysis model out. Pure: it reads facts only, so the
// editor plugin, the lint and the CLI get the same answer from the same facts.

import type { AnalysisModel, Boundary, CallEdge, Diagnostic, FunctionInfo, ThreadEntry } from '../model.js'
import type { FileFacts, FunctionFact } from '../extract/facts.js'
import { THREAD_STARTERS } from '../extract/runtime-module.js'
import { runtimeTarget } from '../runtime-target.js'
import { withSpan } from '../locate.js'
import { buildCallGraph, bySource, type CallGraph, type ResolvedCall } from './call-graph.js'
import { callbackDiagnostics, placementDiagnostics, recursionDiagnostics } from './diagnose.js'
import { connectEscaped, connectMembers, connectStored } from './escapes.js'
import { solveFlow, type FlowResult } from './flow.js'
import { inferMultistate, type MultistateResult } from './multistate.js'
import { reasonChain } from './names.js'
import { findCycles } from './recursion.js'

/** `vtify/runtime#VT_read`, one array per runtime export: edges to it share it. */
const runtimeTargets = new Map<string, string[]>()
function runtimeTargetsOf(name: string): string[] {
  let to = runtimeTargets.get(name)
  if (!to) runtimeTargets.set(name, (to = [runtimeTarget(name)]))
  return to
}

export function analyzeFacts(root: string, files: readonly FileFacts[]): AnalysisModel {
  const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  const flow = solveFlow(sorted)
  let graph = buildCallGraph(sorted, flow)
  let multistate = inferMultistate(graph)
  // Each round can make more escaped functions multistate; it ends as no call gains a target.
  while (connectEscaped(graph, multistate, flow) || connectMembers(graph, multistate, flow) || connectStored(graph, multistate, flow)) {
    graph = buildCallGraph(sorted, flow)
    multistate = inferMultistate(graph)
  }
  const threads = threadEntries(graph, flow)
  const diagnostics: Diagnostic[] = [
    ...sorted.flatMap((f) => f.syntaxErrors),
    ...recursionDiagnostics(graph, findCycles(graph, multistate)),
    ...callbackDiagnostics(graph, multistate, flow),
    ...placementDiagnostics(graph, multistate),
  ].sort(bySource)
  const inThread = threadReach(graph, multistate, threads)
  return {
    root,
    modules: sorted.map((f) => ({ file: f.file, imports: f.imports })),
    functions: [...graph.functions.values()].filter(isRealFunction).map((fn) => functionInfo(graph, multistate, fn, inThread.has(fn.key))),
    calls: graph.calls.filter((c) => c.kind !== 'external').map(callEdge),
    threads,
    diagnostics,
  }
}

function isRealFunction(fn: FunctionFact): fn is FunctionFact & { kind: FunctionInfo['kind'] } {
  return fn.kind !== 'module' && fn.kind !== 'field' && fn.kind !== 'static-block'
}

function functionInfo(graph: CallGraph, multistate: MultistateResult, fn: FunctionFact & { kind: FunctionInfo['kind'] }, inThread: boolean): FunctionInfo {
  const isMultistate = multistate.reasons.has(fn.key)
  return withSpan(fn, {
    id: fn.key,
    name: fn.name,
    kind: fn.kind,
    async: fn.async,
    generator: fn.generator,
    multistate: isMultistate,
    reason: isMultistate ? reasonChain(graph, multistate, fn.key) : [],
    boundaries: isMultistate ? boundaries(graph, multistate, fn.key) : [],
    inThread,
  })
}

/** Calls are extracted in source order (a call before the calls in its arguments), so no sort. */
function boundaries(graph: CallGraph, multistate: MultistateResult, key: string): Boundary[] {
  const out: Boundary[] = []
  for (const c of graph.callsFrom.get(key) ?? []) {
    if (!multistate.suspends(c)) continue
    const callee = c.fact.text
    out.push(
      c.kind === 'primitive'
        ? withSpan(c.fact, { callee, kind: 'primitive', primitive: c.name })
        : withSpan(c.fact, { callee, kind: 'call', targets: c.targets.filter((t) => multistate.reasons.has(t)) }),
    )
  }
  return out
}

function callEdge(call: ResolvedCall): CallEdge {
  const { caller, text } = call.fact
  const to = call.kind === 'primitive' || call.kind === 'runtime' ? runtimeTargetsOf(call.name) : call.targets
  return withSpan(call.fact, { from: caller, to, callee: text, indirect: call.indirect, dynamic: call.kind === 'dynamic', matched: call.matched })
}

function threadEntries(graph: CallGraph, flow: FlowResult): ThreadEntry[] {
  return graph.calls.flatMap((c) =>
    c.kind === 'runtime' && THREAD_STARTERS.has(c.name) ? [withSpan(c.fact, { by: c.name, entries: [...flow.argumentValues(c.fact, 0)] })] : [],
  )
}

/** Functions that run inside a virtual thread: thread entries, multistate functions, and their callees. */
function threadReach(graph: CallGraph, multistate: MultistateResult, threads: ThreadEntry[]): Set<string> {
  const seen = new Set<string>([...threads.flatMap((t) => t.entries), ...multistate.reasons.keys()])
  const queue = [...seen]
  for (let i = 0; i < queue.length; i++) {
    for (const call of graph.callsFrom.get(queue[i]!) ?? []) {
      for (const t of call.targets) {
        if (seen.has(t)) continue
        seen.add(t)
        queue.push(t)
      }
    }
  }
  return seen
}
