// The listing of one state machine: cases of a `switch (k.state)` jump table, built in code
// order. A Label is a state whose number is fixed when it is marked, so states are numbered in
// code order and the states of a try block form one contiguous range (for the catch dispatch).

import { labelHole } from './holes.js'

export class Label {
  id = -1
}

type Part = string | Label

interface Case {
  label: Label
  /** Source line of the state (MultistateInfo.lines) and what its boundary called. */
  line: number
  call: string
  /** For a boundary's resume state: the source offset it resumes at (the end of the call), for live slots. */
  point?: number
  parts: Part[]
  /** Where, in the previous case's parts, falling into this state stores its number. */
  fallStore?: number
}

/** Where exceptions thrown in states [start, end) go: code run in the dispatch, in `catch (e)`. */
export interface Region {
  start: Label
  end: Label
  /** Statements for the error in `e`; they end with a jump, or fall through to outer regions. */
  handler: Part[]
}

/** A way from one state to another: falling into the next, a jump, a boundary's resume. */
export interface Edge {
  from: number
  to: Label
  fallthrough: boolean
}

export class Emitter {
  readonly cases: Case[] = []
  /** Every state change the listing makes (exception edges are in `regions`). */
  readonly edges: Edge[] = []
  readonly regions: Region[] = []
  /** Control can reach the current end of the listing. */
  reachable = true

  /**
   * `k`: the name of the continuation in the generated machine (context.ts, continuationName);
   * `labels`: the module's jump targets referred to from text (inline), by their holes' numbers.
   */
  constructor(
    line: number,
    readonly k: string,
    private readonly labels: Label[],
  ) {
    const start = new Label()
    start.id = 0
    this.cases.push({ label: start, line, call: '', parts: [] })
  }

  emit(...parts: Part[]): void {
    this.cases[this.cases.length - 1]!.parts.push(...parts, '\n')
    this.reachable = true
    this.addEdges(parts)
  }

  /**
   * Start the state `label` here. Falling into it from the previous state sets k.state first,
   * so that k.state always names the try region of the code that runs.
   */
  mark(label: Label, line: number, call = '', stateSet = false, point?: number): void {
    label.id = this.cases.length
    const next: Case = point === undefined ? { label, line, call, parts: [] } : { label, line, call, point, parts: [] }
    if (this.reachable && !stateSet) {
      this.emit(`${this.k}.state = ${label.id};`)
      next.fallStore = this.cases[this.cases.length - 1]!.parts.length - 2 // emit ends the store with '\n'
      this.edges.push({ from: label.id - 1, to: label, fallthrough: true })
    }
    this.cases.push(next)
    this.reachable = true
  }

  /**
   * Once the listing is complete, leave out the stores of falling into a state on the same
   * source line and in the same try regions as the state before it: besides the jump table, k.state
   * is read for the line of the running code (an error's logical stack) and for its try region
   * (the catch dispatch), both the same for the state still stored; a thread parks or moves only
   * at a resume state, which its boundary stores. One store less per pass of a loop like
   * `for (…) VT_yield()` (docs/benchmarks.md, "VT_yield returns a signal").
   */
  elideFallStores(): void {
    for (let i = 1; i < this.cases.length; i++) {
      const { fallStore, line } = this.cases[i]!
      const before = this.cases[i - 1]!
      if (fallStore === undefined || line !== before.line || this.regions.some((r) => r.start.id === i || r.end.id === i)) continue
      before.parts[fallStore] = ''
      before.parts[fallStore + 1] = ''
    }
  }

  /** Where the code emitted next comes from (a source hole of holes.ts); control flow is unchanged. */
  source(marker: string): void {
    this.cases[this.cases.length - 1]!.parts.push(marker)
  }

  /** Go to `label` (a later or earlier state) through the dispatch loop. */
  jump(label: Label): void {
    this.emit(...this.jumpParts(label))
    this.reachable = false
  }

  /**
   * Parts as text, for code printed as a string before its jump targets are marked (a break in
   * a plain statement): each label becomes a hole (holes.ts), filled when the module is printed.
   */
  inline(parts: readonly Part[]): string {
    this.addEdges(parts)
    return parts.map((p) => (typeof p === 'string' ? p : labelHole(this.labels.push(p) - 1))).join('')
  }

  private addEdges(parts: readonly Part[]): void {
    for (const p of parts) if (p instanceof Label) this.edges.push({ from: this.cases.length - 1, to: p, fallthrough: false })
  }

  /** Code that goes to `label` through the dispatch loop. */
  jumpParts(label: Label): Part[] {
    return [`${this.k}.state = `, label, '; continue $sm;']
  }

  /** Statements that end the current path (return, throw, a jump). */
  end(code: Part[]): void {
    this.emit(...code)
    this.reachable = false
  }
}

export function render(parts: readonly Part[]): string {
  return parts.map((p) => (typeof p === 'string' ? p : checkedId(p))).join('')
}

export function checkedId(label: Label): string {
  if (label.id < 0) throw new Error('vtify internal error: a jump to a state that was never marked')
  return String(label.id)
}

export type { Part }
