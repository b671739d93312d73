// The lowering entry points construct files call on nodes that other construct files lower —
// an expression inside a statement, a statement inside a try, a closure inside a state — looked
// up here instead of imported from those files, so that the transform's files form no import
// cycle: each imports the context, the emitter and this table (test/transform/import-graph.test.ts).
// dispatch.ts fills the table when the transform loads.

import type ts from '#typescript'
import type { FnContext, ModuleScope } from './context.js'

export interface Lowering {
  /** An expression holding a state boundary: emitted, and the JS expression that holds its value returned. */
  explode(ctx: FnContext, node: ts.Expression, ignoreResult?: boolean): string
  /** Sibling expressions in evaluation order, those before the last boundary saved first. */
  explodeList(ctx: FnContext, nodes: readonly ts.Expression[]): string[]
  /** An expression evaluated now and kept in a temporary (unless a constant). */
  explodeToTemp(ctx: FnContext, node: ts.Expression): string
  /** An assignment target, its object and key evaluated now. */
  targetOf(ctx: FnContext, left: ts.Expression): string
  /** A callee's function value and `this`, saved before arguments that hold a boundary. */
  calleeOf(ctx: FnContext, written: ts.Expression): { fn: string; self: string | undefined }
  /** A statement of a multistate function, as states. */
  statement(ctx: FnContext, stmt: ts.Statement, labels?: string[]): void
  /** A nested function or class as printed in place: a closure, a machine for a multistate one. */
  printNested(scope: ModuleScope, node: ts.Node, superThis?: string, ownName?: boolean, argumentsAs?: string): string
}

const unbound = (): never => {
  throw new Error('vtify internal error: the transform was used before dispatch.ts bound its lowerings')
}

export const lower: Lowering = {
  explode: unbound,
  explodeList: unbound,
  explodeToTemp: unbound,
  targetOf: unbound,
  calleeOf: unbound,
  statement: unbound,
  printNested: unbound,
}

export function bindLowering(lowering: Lowering): void {
  Object.assign(lower, lowering)
}
