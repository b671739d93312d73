// Which loops of one code path (one function) can go around without reaching a state boundary,
// from ESLint's code-path analysis. A loop's back edges come from `onCodePathSegmentLoop`; a loop is
// "free" when, for one of them, a path from its target back to its source stays inside the loop and
// crosses no segment holding a state boundary. Paths through nested loops count: a nested loop that
// can run zero times does not make the outer loop yield.

import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils'
import type { LoopNode } from './loop-bound.js'

type Segment = TSESLint.CodePathSegment

export interface Loop {
  node: LoopNode
  /** Loops directly nested in this one (in the same function). */
  children: Loop[]
  /** Every segment that started while the loop was being traversed, nested loops' included. */
  segments: Set<Segment>
  backEdges: Array<{ from: Segment; to: Segment }>
  /** The first call in its body, nested loops' included, of something other than a JavaScript built-in. */
  call?: string
}

export class LoopPaths {
  /** Loops in the order they ended: nested loops before the loops around them. */
  readonly loops: Loop[] = []
  private readonly open: Loop[] = []
  private readonly current = new Set<Segment>()
  /** The innermost loop open when a segment started: the owner of back edges into it. */
  private readonly owner = new Map<Segment, Loop>()
  private readonly boundarySegments = new Set<Segment>()

  get inLoop(): boolean {
    return this.open.length > 0
  }

  enterLoop(node: LoopNode): void {
    const loop: Loop = { node, children: [], segments: new Set(), backEdges: [] }
    this.open.at(-1)?.children.push(loop)
    this.open.push(loop)
  }

  exitLoop(): void {
    const loop = this.open.pop()
    if (loop) this.loops.push(loop)
  }

  segmentStart(segment: Segment): void {
    this.current.add(segment)
    for (const loop of this.open) loop.segments.add(segment)
    const innermost = this.open.at(-1)
    if (innermost) this.owner.set(segment, innermost)
  }

  segmentEnd(segment: Segment): void {
    this.current.delete(segment)
  }

  looped(from: Segment, to: Segment): void {
    this.owner.get(to)?.backEdges.push({ from, to })
  }

  /**
   * A call of code that may do I/O or long work (not a built-in) at `range`: each open loop's body
   * makes it, except a for…of/for…in whose collection expression (run once, before the loop) holds it.
   */
  called(callee: string, [start, end]: TSESTree.Range): void {
    for (const loop of this.open) {
      const { node } = loop
      const once =
        (node.type === AST_NODE_TYPES.ForOfStatement || node.type === AST_NODE_TYPES.ForInStatement) &&
        node.right.range[0] <= start &&
        end <= node.right.range[1]
      if (!once) loop.call ??= callee
    }
  }

  /** A state boundary call has just been evaluated: every current segment holds it. */
  boundary(): void {
    for (const segment of this.current) this.boundarySegments.add(segment)
  }

  /** Some path around `loop` reaches no state boundary. */
  isFree(loop: Loop): boolean {
    return loop.backEdges.some(({ from, to }) => this.freePath(loop, to, from))
  }

  private freePath(loop: Loop, start: Segment, goal: Segment): boolean {
    const seen = new Set<Segment>()
    const stack = [start]
    while (stack.length > 0) {
      const segment = stack.pop()!
      if (seen.has(segment) || this.boundarySegments.has(segment) || !loop.segments.has(segment)) continue
      if (segment === goal) return true
      seen.add(segment)
      stack.push(...segment.nextSegments)
    }
    return false
  }
}
