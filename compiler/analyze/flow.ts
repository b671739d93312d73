// Whole-program function-value flow (flow-insensitive, inclusion-based): which functions each
// slot may hold, and so which functions each call through a value may reach. Targets found for a
// call pass its arguments on to their parameters and their returns back to the call, until nothing
// changes.

import { returnSlot, type CallFact, type FileFacts, type FunctionFact, type Term } from '../program/facts.js'
import { THREAD_STARTERS } from '../program/runtime-module.js'

export interface FlowResult {
  /** Functions a call's callee may evaluate to (project calls only). */
  targets(call: CallFact): ReadonlySet<string>
  /** Functions an argument of a call may evaluate to. */
  argumentValues(call: CallFact, index: number): ReadonlySet<string>
}

const EMPTY: ReadonlySet<string> = new Set()

export function solveFlow(files: readonly FileFacts[]): FlowResult {
  const solver = new Solver(new Map(files.flatMap((f) => f.functions.map((fn) => [fn.key, fn] as const))))
  for (const file of files) {
    for (const flow of file.flows) solver.include(flow.to, flow.from)
    for (const call of file.calls) solver.addCall(call)
  }
  solver.run()
  return {
    targets: (call) => solver.values.get(calleeVar(call.key)) ?? EMPTY,
    argumentValues: (call, index) => solver.values.get(argVar(call.key, index)) ?? EMPTY,
  }
}

const calleeVar = (callKey: string): string => `callee:${callKey}`
const argVar = (callKey: string, index: number): string => `arg:${callKey}:${index}`
const resultVar = (callKey: string): string => callKey

class Solver {
  readonly values = new Map<string, Set<string>>()
  private readonly edges = new Map<string, Set<string>>()
  /** Calls by callee variable, so a new target can be connected when it arrives. */
  private readonly callsByVar = new Map<string, { call: CallFact; argOffset: number }>()
  private readonly work: [string, string][] = []

  constructor(private readonly functions: ReadonlyMap<string, FunctionFact>) {}

  include(to: string, from: readonly Term[]): void {
    for (const term of from) {
      if ('fn' in term) this.addValue(to, term.fn)
      else this.addEdge('slot' in term ? term.slot : resultVar(term.ret), to)
    }
  }

  addCall(call: CallFact): void {
    call.args.forEach((terms, i) => this.include(argVar(call.key, i), terms))
    if ('terms' in call.callee) {
      this.callsByVar.set(calleeVar(call.key), { call, argOffset: 0 })
      this.include(calleeVar(call.key), call.callee.terms)
    } else if ('runtime' in call.callee && THREAD_STARTERS.has(call.callee.runtime)) {
      // VT_spawn(fn, a, b) calls fn(a, b) in a new thread: its parameters receive the rest.
      this.callsByVar.set(argVar(call.key, 0), { call, argOffset: 1 })
    }
  }

  run(): void {
    for (let item = this.work.pop(); item; item = this.work.pop()) {
      const [variable, fn] = item
      for (const to of this.edges.get(variable) ?? []) this.addValue(to, fn)
      const call = this.callsByVar.get(variable)
      if (call) this.connect(call.call, call.argOffset, fn)
    }
  }

  /** A new target of a call: its parameters receive the arguments, the call its returns. */
  private connect(call: CallFact, argOffset: number, fnKey: string): void {
    const fn = this.functions.get(fnKey)
    if (!fn) return
    for (let i = argOffset; i < call.args.length; i++) {
      for (const param of parametersFor(fn, i - argOffset, call.spread !== null && i >= call.spread)) {
        this.addEdge(argVar(call.key, i), param)
      }
    }
    if (argOffset === 0) this.addEdge(returnSlot(fnKey), resultVar(call.key))
  }

  private addEdge(from: string, to: string): void {
    let out = this.edges.get(from)
    if (!out) this.edges.set(from, (out = new Set()))
    if (out.has(to)) return
    out.add(to)
    for (const fn of this.values.get(from) ?? []) this.addValue(to, fn)
  }

  private addValue(variable: string, fn: string): void {
    let set = this.values.get(variable)
    if (!set) this.values.set(variable, (set = new Set()))
    if (set.has(fn)) return
    set.add(fn)
    this.work.push([variable, fn])
  }
}

/** The parameter(s) argument `index` may land in; after a spread, any later one. */
function parametersFor(fn: FunctionFact, index: number, afterSpread: boolean): string[] {
  const params = afterSpread ? fn.params.slice(index) : [fn.rest !== null && index >= fn.rest ? fn.params[fn.rest] : fn.params[index]]
  return params.filter((p): p is string => typeof p === 'string')
}
