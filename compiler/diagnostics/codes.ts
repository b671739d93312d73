// Stable diagnostic codes. Documented in docs/analysis-model.md; never renumber.

export const Codes = {
  /** A source file does not parse. */
  syntax: 'VT0001',
  /** A module that imports a blocking primitive is not part of the program vtify compiles (the plugin's warning). */
  outsideProgram: 'VT0002',
  /** Recursion among multistate functions. */
  recursion: 'VT1001',
  /** A multistate call inside a callback handed to untransformed code. */
  callbackToUntransformed: 'VT1002',
  /** A multistate call inside an async function or a generator. */
  insideAsyncOrGenerator: 'VT1003',
  /** A multistate call where no state boundary can be placed. */
  noBoundaryHere: 'VT1004',
  /** The transform does not support this multistate function's kind or shape yet (docs/transform.md). */
  unsupportedFunction: 'VT2001',
  /** The transform does not support this construct inside a multistate function yet. */
  unsupportedConstruct: 'VT2002',
  // VT2003 (a closure capturing a reassigned or `var` local) is retired: such locals live in cells.
  /** A variable live across VT_follow (or a call on the way to it) whose type cannot move to another event loop. */
  notTransferable: 'VT3001',
  /** A warning: a variable live across VT_follow typed `any` or `unknown`, which only the runtime can check. */
  uncheckedFollow: 'VT3002',
  /** A nested function on the way to VT_follow: its code cannot be found on another event loop. */
  nestedFollow: 'VT3003',
} as const

export type Code = (typeof Codes)[keyof typeof Codes]
