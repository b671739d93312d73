// Whole-program function-value flow (flow-insensitive, inclusion-based): which functions each
// slot may hold, and so which functions each call through a value may reach. Targets found for a
// call pass its arguments on to their parameters and their returns back to the call, until nothing
// changes. Variables are small integers: the solver runs on every edit, so it avoids building and
// hashing string keys in its inner loop.

import { ESCAPED, STORED_PREFIX, returnSlot, storedMember, type CallFact, type FileFacts, type FunctionFact, type Term } from '../extract/facts.js'
import { THREAD_STARTERS } from '../extract/runtime-module.js'

export interface FlowResult {
  /** Functions a call's callee may evaluate to (project calls only). */
  targets(call: CallFact): readonly string[]
  /** Functions an argument of a call may evaluate to. */
  argumentValues(call: CallFact, index: number): readonly string[]
  /** Functions stored where the flow cannot follow them (facts.ts ESCAPED). */
  escaped(): readonly string[]
  /**
   * Functions stored untracked under the property a call reads (facts.ts storedMember): under
   * that name or a run-time key; for a run-time key (null), under any property.
   */
  storedUnder(reads: string | null): readonly string[]
  /** Add targets the flow could not find to a call, and propagate; whether any was new. */
  addTargets(call: CallFact, functions: readonly string[]): boolean
  /** Whether the call's targets came from addTargets only. */
  matched(call: CallFact): boolean
}

export function solveFlow(files: readonly FileFacts[]): FlowResult {
  const solver = new Solver(files.flatMap((f) => f.functions))
  for (const file of files) for (const flow of file.flows) solver.include(solver.named(flow.to), flow.from)
  const calls = new Map<CallFact, CallVars>()
  for (const file of files) for (const call of file.calls) calls.set(call, solver.addCall(call))
  solver.run()
  const matched = new Set<CallFact>()
  // The facts name every such slot: none is made later.
  const storedKeys = solver.keysStartingWith(STORED_PREFIX)
  return {
    targets: (call) => {
      const vars = calls.get(call)
      return vars?.direct ?? solver.functionsIn(vars?.callee)
    },
    argumentValues: (call, index) => solver.functionsIn(calls.get(call)?.args[index]),
    escaped: () => solver.functionsIn(solver.named(ESCAPED)),
    storedUnder: (reads) => {
      const keys = reads === null ? storedKeys : [storedMember(reads), storedMember(undefined)]
      return [...new Set(keys.flatMap((key) => solver.functionsIn(solver.named(key))))]
    },
    addTargets: (call, functions) => {
      const vars = calls.get(call)
      if (!vars || vars.direct) return false
      matched.add(call)
      const added = solver.addTargets({ call, vars, argOffset: 0 }, functions)
      solver.run()
      return added
    },
    matched: (call) => matched.has(call),
  }
}

/** The variables of one call: its callee and each argument (-1: never holds a function). */
interface CallVars {
  callee: number
  args: number[]
  /** The callee's functions when the call names them directly: no variable needed. */
  direct?: string[]
}

const NO_ARGS: number[] = []

interface PendingCall {
  call: CallFact
  vars: CallVars
  /** 1 for VT_spawn(fn, ...args): fn's parameters receive the arguments after it. */
  argOffset: number
}

class Solver {
  private readonly ids = new Map<string, number>()
  private readonly values: (number[] | undefined)[] = []
  private readonly edges: (number[] | undefined)[] = []
  private readonly pending = new Map<number, PendingCall>()
  private readonly work: number[] = []
  private readonly fnIds = new Map<string, number>()
  private readonly fns: FunctionFact[]

  constructor(functions: FunctionFact[]) {
    this.fns = functions
    functions.forEach((fn, i) => this.fnIds.set(fn.key, i))
  }

  named(key: string): number {
    let id = this.ids.get(key)
    if (id === undefined) this.ids.set(key, (id = this.fresh()))
    return id
  }

  keysStartingWith(prefix: string): string[] {
    return [...this.ids.keys()].filter((key) => key.startsWith(prefix))
  }

  private fresh(): number {
    this.values.push(undefined)
    this.edges.push(undefined)
    return this.values.length - 1
  }

  include(to: number, from: readonly Term[]): void {
    for (const term of from) {
      if ('fn' in term) {
        const fn = this.fnIds.get(term.fn)
        if (fn !== undefined) this.addValue(to, fn)
      } else this.addEdge(this.named('slot' in term ? term.slot : term.ret), to)
    }
  }

  addCall(call: CallFact): CallVars {
    const vars: CallVars = { callee: -1, args: this.argumentVars(call) }
    const callee = call.callee
    if ('terms' in callee && callee.terms.every((t) => 'fn' in t)) {
      // Most calls name their functions directly: connect at once, with no variable for the callee.
      const keys = callee.terms.map((t) => (t as { fn: string }).fn)
      vars.direct = keys.length === 1 ? keys : [...new Set(keys)].sort()
      for (const key of vars.direct) {
        const fn = this.fnIds.get(key)
        if (fn !== undefined) this.connect({ call, vars, argOffset: 0 }, fn)
      }
    } else if ('terms' in callee) {
      vars.callee = this.fresh()
      this.pending.set(vars.callee, { call, vars, argOffset: 0 })
      this.include(vars.callee, callee.terms)
    } else if ('runtime' in call.callee && THREAD_STARTERS.has(call.callee.runtime) && vars.args[0]! >= 0) {
      this.pending.set(vars.args[0]!, { call, vars, argOffset: 1 })
    }
    return vars
  }

  /** New possible targets of a call that is not direct. */
  addTargets(call: PendingCall, functions: readonly string[]): boolean {
    if (call.vars.callee < 0) {
      call.vars.callee = this.fresh()
      this.pending.set(call.vars.callee, call)
    }
    let added = false
    for (const key of functions) {
      const fn = this.fnIds.get(key)
      if (fn !== undefined && this.addToSet(call.vars.callee, fn)) {
        this.work.push(fn, call.vars.callee)
        added = true
      }
    }
    return added
  }

  run(): void {
    for (let variable = this.work.pop(); variable !== undefined; variable = this.work.pop()) {
      const fn = this.work.pop()!
      for (const to of this.edges[variable] ?? []) this.addValue(to, fn)
      const call = this.pending.get(variable)
      if (call) this.connect(call, fn)
    }
  }

  private argumentVars(call: CallFact): number[] {
    if (call.args.every((terms) => terms.length === 0)) return NO_ARGS
    return call.args.map((terms) => {
      if (terms.length === 0) return -1
      const variable = this.fresh()
      this.include(variable, terms)
      return variable
    })
  }

  functionsIn(variable: number | undefined): string[] {
    const set = variable === undefined || variable < 0 ? undefined : this.values[variable]
    return set ? set.map((i) => this.fns[i]!.key).sort() : []
  }

  /** A new target of a call: its parameters receive the arguments, the call its returns. */
  private connect({ call, vars, argOffset }: PendingCall, fnId: number): void {
    const fn = this.fns[fnId]!
    for (let i = argOffset; i < vars.args.length; i++) {
      if (vars.args[i]! < 0) continue
      for (const param of parametersFor(fn, i - argOffset, call.spread !== null && i >= call.spread)) {
        this.addEdge(vars.args[i]!, this.named(param))
      }
    }
    if (argOffset === 0) {
      const result = this.ids.get(call.key)
      if (result !== undefined) this.addEdge(this.named(returnSlot(fn.key)), result)
    }
  }

  private addEdge(from: number, to: number): void {
    const out = this.edges[from] ?? (this.edges[from] = [])
    if (out.includes(to)) return
    out.push(to)
    for (const fn of this.values[from] ?? []) this.addValue(to, fn)
  }

  private addValue(variable: number, fn: number): void {
    if (this.addToSet(variable, fn)) this.work.push(fn, variable)
  }

  /** Value sets are tiny (most hold one function): arrays beat Sets here. */
  private addToSet(variable: number, fn: number): boolean {
    const set = this.values[variable]
    if (!set) {
      this.values[variable] = [fn]
      return true
    }
    if (set.includes(fn)) return false
    set.push(fn)
    return true
  }
}

/** The parameter(s) argument `index` may land in; after a spread, any later one. */
function parametersFor(fn: FunctionFact, index: number, afterSpread: boolean): string[] {
  const params = afterSpread ? fn.params.slice(index) : [fn.rest !== null && index >= fn.rest ? fn.params[fn.rest] : fn.params[index]]
  return params.filter((p): p is string => typeof p === 'string')
}
