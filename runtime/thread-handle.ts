// The public face of a thread: what VT_spawn returns and VT_join accepts.

/** A handle on a virtual thread, returned by VT_spawn. */
export interface VThread<R = unknown> {
  readonly id: number
  /** Phantom field carrying the result type; never set. */
  readonly __result?: R
}
