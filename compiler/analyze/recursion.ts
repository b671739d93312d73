// Recursion among multistate functions (paper §2.1.2): a thread's continuation must have a fixed
// size, so no multistate function may reach itself. Every elementary cycle is reported once.

import { bySource, type CallGraph, type ResolvedCall } from './call-graph.js'
import type { MultistateResult } from './multistate.js'

/** A cycle as the calls that make it and the function each one reaches, starting at its first function in source order. */
export type Cycle = Edge[]

/** Cycles per strongly connected component beyond this are summarised, not listed. */
const MAX_CYCLES_PER_COMPONENT = 20

export function findCycles(graph: CallGraph, multistate: MultistateResult): Cycle[] {
  const nodes = [...multistate.reasons.keys()].sort(inSourceOrder(graph))
  // One edge per (caller, callee) pair: the first call in source order stands for the others.
  const edgesOf = new Map<string, Edge[]>()
  const edges = (from: string): Edge[] => {
    let known = edgesOf.get(from)
    if (known) return known
    const out = new Map<string, ResolvedCall>()
    for (const call of graph.callsFrom.get(from) ?? []) {
      for (const to of call.targets) if (multistate.reasons.has(to) && !out.has(to)) out.set(to, call)
    }
    edgesOf.set(from, (known = [...out].map(([to, call]) => ({ to, call }))))
    return known
  }
  const cycles: Cycle[] = []
  for (const component of stronglyConnected(nodes, (n) => edges(n).map((e) => e.to), inSourceOrder(graph))) {
    cycles.push(...elementaryCycles(component, edges))
  }
  return cycles
}

/** A call and the one of its targets a cycle goes through (a call through a value may have several). */
export interface Edge {
  to: string
  call: ResolvedCall
}

/**
 * Johnson's enumeration restricted to one component, from each start in order: a function from
 * which the start cannot be reached again stays blocked until a path through it can, so that a
 * large component (JavaScript's methods matched by name) costs time per cycle found, not per path.
 */
function elementaryCycles(component: string[], edges: (from: string) => Edge[]): Cycle[] {
  const order = new Map(component.map((n, i) => [n, i]))
  const found: Cycle[] = []
  for (const start of component) {
    const from = order.get(start)!
    const path: Edge[] = []
    const blocked = new Set<string>()
    const waiting = new Map<string, Set<string>>()
    const unblock = (node: string): void => {
      blocked.delete(node)
      for (const w of waiting.get(node) ?? []) if (blocked.has(w)) unblock(w)
      waiting.delete(node)
    }
    /** Whether a cycle through `node` back to start was found. */
    const circuit = (node: string): boolean => {
      let closed = false
      blocked.add(node)
      const next = edges(node).filter(({ to }) => (order.get(to) ?? -1) >= from)
      for (const edge of next) {
        const { to } = edge
        if (found.length >= MAX_CYCLES_PER_COMPONENT) return true
        if (to === start) {
          found.push([...path, edge])
          closed = true
        } else if (!blocked.has(to)) {
          path.push(edge)
          if (circuit(to)) closed = true
          path.pop()
        }
      }
      if (closed) unblock(node)
      else for (const { to } of next) waiting.set(to, (waiting.get(to) ?? new Set()).add(node))
      return closed
    }
    circuit(start)
    if (found.length >= MAX_CYCLES_PER_COMPONENT) break
  }
  return found
}

/** Tarjan's algorithm; returns components that contain a cycle (size > 1, or a self-call). */
export function stronglyConnected(nodes: string[], successors: (n: string) => string[], order: (a: string, b: string) => number): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const result: string[][] = []
  const visit = (v: string): void => {
    index.set(v, index.size)
    low.set(v, index.get(v)!)
    stack.push(v)
    onStack.add(v)
    for (const w of successors(v)) {
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!))
    }
    if (low.get(v) !== index.get(v)) return
    const component: string[] = []
    for (let w = stack.pop()!; ; w = stack.pop()!) {
      onStack.delete(w)
      component.push(w)
      if (w === v) break
    }
    if (component.length > 1 || successors(v).includes(v)) result.push(component.sort(order))
  }
  for (const n of nodes) if (!index.has(n)) visit(n)
  return result
}

/** Functions by where they are: file, then position (ids are opaque). */
function inSourceOrder(graph: CallGraph): (a: string, b: string) => number {
  return (a, b) => {
    const fa = graph.functions.get(a)
    const fb = graph.functions.get(b)
    return fa && fb ? bySource(fa, fb) : a < b ? -1 : a > b ? 1 : 0
  }
}
