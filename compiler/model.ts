// The analysis model: the single source of truth that the transform, the editor plugin, the lint
// rules, the playground and the CLI read. Plain data only, so it serialises to JSON unchanged and
// never pins a ts.Program in memory. Documented in docs/analysis-model.md.

/** A place in a source file. `file` is relative to the project root; line and column are 1-based. */
export interface Location {
  file: string
  line: number
  column: number
}

/**
 * A range in a source file; the end is exclusive. `start` and `end` are offsets into the file's
 * text (UTF-16 code units, as TypeScript counts): compiler/locate.ts finds the node they cover.
 */
export interface Span extends Location {
  endLine: number
  endColumn: number
  start: number
  end: number
}

/** One step of a reason chain: the call to `name` made at file:line. */
export interface ReasonStep extends Location {
  name: string
  /** For a call through a function value: the expression called (e.g. the parameter `handler`). */
  via?: string
  /** The call's targets were matched by parameter types (docs/analysis-model.md, "Values the flow loses"). */
  matched?: true
}

export type FunctionKind = 'function' | 'arrow' | 'method' | 'constructor' | 'getter' | 'setter'

/** A call site that is a state boundary: the thread may suspend there. The span is the call's. */
export type Boundary = PrimitiveBoundary | CallBoundary

interface BoundaryCall extends Span {
  /** The callee as written, e.g. `VT_read`, `readLine`, `this.handle`, `handler`. */
  callee: string
}

/** A call of a vtify/runtime primitive. */
export interface PrimitiveBoundary extends BoundaryCall {
  kind: 'primitive'
  /** The primitive's name as exported by vtify/runtime. */
  primitive: string
}

/** A call that may reach multistate functions of the program. */
export interface CallBoundary extends BoundaryCall {
  kind: 'call'
  /** Ids of the multistate functions the call may reach. */
  targets: string[]
}

/** A function; its span is its name's, or the whole function's when it has none (compiler/locate.ts). */
export interface FunctionInfo extends Span {
  /** Opaque, stable within one analysis. Call edges and boundaries refer to it. */
  id: string
  /** `name`, `Class.method`, the variable's name for a const-bound arrow, `<arrow>` if anonymous. */
  name: string
  kind: FunctionKind
  async: boolean
  generator: boolean
  multistate: boolean
  /** Shortest chain of calls from this function to a primitive; empty when single-state. */
  reason: ReasonStep[]
  /** State boundaries in source order; empty when single-state. */
  boundaries: Boundary[]
  /** Reachable from a thread (a VT_spawn/VT_run entry or a multistate function). */
  inThread: boolean
}

/** A resolved call from one function to another (or to a primitive). The span is the call's. */
export interface CallEdge extends Span {
  /** Caller function id, or the id standing for the module's top level. */
  from: string
  /** Callee function ids; for a primitive, `vtify/runtime#NAME`. */
  to: string[]
  callee: string
  /** The target set came from tracking function values, not from the callee's declaration. */
  indirect: boolean
  /** The callee could not be bounded (an `any`, a value from untransformed code). */
  dynamic: boolean
  /** The flow found no targets; `to` holds escaped functions matched by parameter types. */
  matched: boolean
}

/** A function started as a virtual thread by VT_spawn or VT_run, at the span of that call. */
export interface ThreadEntry extends Span {
  /** `VT_spawn` or `VT_run`. */
  by: string
  entries: string[]
}

export type Severity = 'error' | 'warning'

export interface RelatedLocation extends Span {
  message: string
}

export interface Diagnostic extends Span {
  /** Stable code, e.g. VT1001. */
  code: string
  severity: Severity
  message: string
  related: RelatedLocation[]
}

export interface ModuleInfo {
  file: string
  /** Project files this module imports (relative paths). */
  imports: string[]
}

export interface AnalysisModel {
  /** Absolute path the relative `file` fields are relative to. */
  root: string
  modules: ModuleInfo[]
  functions: FunctionInfo[]
  calls: CallEdge[]
  threads: ThreadEntry[]
  diagnostics: Diagnostic[]
}

/** The model with what the transform made of it: `vtify analyze` reports this (and prints it with `--json`). */
export interface AnalysisReport extends AnalysisModel {
  /** The state machine and continuation layout of every multistate function the transform compiled. */
  layouts: FunctionLayout[]
}

export type VariableKind = 'parameter' | 'local' | 'this' | 'arguments' | 'temporary'

/** What the transform made of one multistate function. */
export interface FunctionLayout extends Location {
  /** The function (FunctionInfo.id). */
  id: string
  name: string
  /** Its state machine's states: 0 is the start; a state after a boundary names the call it resumes from. */
  states: StateInfo[]
  transitions: Transition[]
  /** Its parameters, locals and temporaries: a continuation slot each, or none for a JS local of the state machine (principle 1). */
  variables: VariableLayout[]
  /** At each of its state boundaries, in source order: the variables whose values are needed after it. */
  liveAt: LiveAtBoundary[]
  /** Ids of the multistate functions it calls in continuation-passing style: their variables are in its threads' continuations. */
  cpsCalls: string[]
  /** The continuation of a thread started at this function. */
  continuation: ContinuationLayout
}

export interface StateInfo {
  id: number
  line: number
  /** The call this state resumes after; empty for the start and for states control jumps to. */
  resumes: string
}

export interface Transition {
  from: number
  to: number
  /** `next`: falls into the following state; `jump`: branch, loop or leap; `boundary`: resumes after a call; `throw`: an exception sent to a handler. */
  kind: 'next' | 'jump' | 'boundary' | 'throw'
}

export interface VariableLayout {
  /** As written; temporaries the transform made are `#0`, `#1`, …. */
  name: string
  kind: VariableKind
  /** Its continuation slot; absent when it is a JS local of the state machine. */
  slot?: string
}

export interface LiveAtBoundary extends Location {
  callee: string
  live: string[]
}

export interface ContinuationLayout {
  /** Every slot, with the variables (`function.variable`) that share it: the paper's merged continuation. */
  slots: { slot: string; holds: string[] }[]
  /** The longest chain of continuation-passing calls below the function (2 return-stack entries each). */
  depth: number
  /** Estimated heap bytes of one continuation on 64-bit V8: object header, the runtime's header fields, the slots, the return stack. */
  bytes: number
}
