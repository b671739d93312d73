// The greedy colouring of a module's stored variables under slots.ts's interference rules,
// without building the interference graph. A call's rule makes every variable live across it
// interfere with every variable of every function in the callee's frame: in a chain
// f1 → f2 → … → fN that is Θ(N²) pairs of variables, each a pair of Set insertions (0.9 s of
// a 1,200-deep chain's build). Here a function's variables are coloured against integer sets
// instead: the colours its own overlapping variables took, those of earlier functions'
// variables live across a call whose frame holds it (`inUse`, pushed once each caller is
// coloured), and those earlier functions in a call's frame took (`frameColours`, once per
// callee). Each pair of the old graph is met from the side coloured second, as the greedy
// colouring met it, so the colours are the same; what is left is Σ frame sizes in layouts,
// which is the size of the constructors continuation.ts prints.

import type { Layout, Variable } from './variables.js'
import { isCpsEntry } from './imported.js'
import { overlaps, type Interval } from './live-ranges.js'
import type { Machine } from './machine.js'

/** A call of a function being coloured, with the functions whose variables it keeps in use. */
interface FrameCall {
  at: Interval
  /** The callee's frame (the callee and everything it calls in CPS here), each function once, by its index in `machines`. */
  frame: readonly number[]
}

/** Each variable, in order of its function and then of its live range's start, takes the lowest slot its neighbours left free. */
export function colourGreedily(machines: ReadonlyMap<Layout, Machine>): Map<Variable, number> {
  const list = [...machines.values()]
  const frameCalls = callsWithFrames(machines)
  const colour = new Map<Variable, number>()
  const inUse = list.map(() => new Set<number>())
  for (const [i, m] of list.entries()) {
    const calls = frameCalls[i]!
    colourFunction(m, calls, { own: i, list, colour, inUse: inUse[i]! })
    for (const call of calls) {
      const during = m.stored.filter((v) => overlaps(v.range, call.at)).map((v) => colour.get(v)!)
      if (during.length > 0) for (const j of call.frame) if (j > i) for (const c of during) inUse[j]!.add(c)
    }
  }
  return colour
}

interface Colouring {
  /** The index of the function being coloured, in the order of `machines`. */
  own: number
  list: readonly Machine[]
  colour: Map<Variable, number>
  /** Colours of earlier functions' variables live across a call whose frame holds this function. */
  inUse: ReadonlySet<number>
}

/** One function's stored variables, by their live ranges' start: the lowest colour free of every neighbour coloured before. */
function colourFunction(m: Machine, calls: readonly FrameCall[], s: Colouring): void {
  const earlier = new Map<readonly number[], number[]>()
  const earlierColours = (frame: readonly number[]): number[] => {
    let colours = earlier.get(frame)
    if (!colours) earlier.set(frame, (colours = frameColours(frame, s)))
    return colours
  }
  // Recursion (VT1001, still laid out for the editor): a call whose frame holds this very function.
  const recursive = calls.filter((call) => call.frame.includes(s.own))
  const done: Variable[] = []
  let active: Variable[] = []
  const taken = new Marks()
  for (const w of [...m.stored].sort((a, b) => a.range.start - b.range.start)) {
    taken.clear()
    for (const c of s.inUse) taken.mark(c)
    // Sorted by start: a variable that ended before w starts overlaps neither w nor any after it.
    active = active.filter((v) => v.range.end > w.range.start)
    for (const v of active) if (overlaps(v.range, w.range)) taken.mark(s.colour.get(v)!)
    const across = calls.filter((call) => overlaps(w.range, call.at))
    for (const frame of new Set(across.map((call) => call.frame))) for (const c of earlierColours(frame)) taken.mark(c)
    if (recursive.length > 0) {
      const selfInUse = across.some((call) => recursive.includes(call))
      for (const v of done) if (selfInUse || recursive.some((call) => overlaps(v.range, call.at))) taken.mark(s.colour.get(v)!)
    }
    s.colour.set(w, taken.lowestFree())
    done.push(w)
    active.push(w)
  }
}

/** The colours of the variables of the functions of `frame` coloured before the one being coloured. */
function frameColours(frame: readonly number[], s: Colouring): number[] {
  const colours: number[] = []
  for (const j of frame) if (j < s.own) for (const v of s.list[j]!.stored) colours.push(s.colour.get(v)!)
  return colours
}

/** A set of small integers cleared in O(1): what the lowest free colour is looked for in (exported for the test that counts marks). */
export class Marks {
  private readonly stamps: number[] = []
  private stamp = 0

  clear(): void {
    this.stamp++
  }

  mark(n: number): void {
    this.stamps[n] = this.stamp
  }

  lowestFree(): number {
    let n = 0
    while (this.stamps[n] === this.stamp) n++
    return n
  }
}

/**
 * Each function's calls with the layouts of the callee's frame. A call to another module counts
 * as a call to every exported function of this one (it may call back, in CPS, through an import
 * cycle). The frames are taken in the order the calls come, as before.
 */
function callsWithFrames(machines: ReadonlyMap<Layout, Machine>): FrameCall[][] {
  const frame = callFrames(machines)
  const exported = [...machines].filter(([, m]) => isCpsEntry(m.ctx.fn)).map(([layout]) => layout)
  const importedFrame = (): number[] => [...new Set(exported.flatMap(frame))]
  let ofImported: number[] | undefined
  return [...machines.values()].map((m) =>
    m.ctx.calls.map((call) => ({ at: call.at, frame: call.callee === 'imported' ? (ofImported ??= importedFrame()) : frame(call.callee) })),
  )
}

/** The functions of this module (with a state machine) whose variables are in a function's frame: itself and everything it calls in CPS here. */
function callFrames(machines: ReadonlyMap<Layout, Machine>): (layout: Layout) => number[] {
  const index = new Map([...machines.keys()].map((layout, i) => [layout, i]))
  const memo = new Map<Layout, number[]>()
  const frame = (layout: Layout): number[] => {
    let layouts = memo.get(layout)
    if (!layouts) {
      // Recursion among multistate functions is an error (VT1001), but the editor still asks for
      // the layouts of such a module (layoutsOf): a function met again in its own calls adds nothing.
      memo.set(layout, [])
      const m = machines.get(layout)
      layouts = m ? [...new Set([index.get(layout)!, ...[...m.ctx.callees].flatMap(frame)])] : []
      memo.set(layout, layouts)
    }
    return layouts
  }
  return frame
}
