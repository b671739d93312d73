// Messages between the page and the sandbox worker that runs the compiled program.

export type SandboxCommand =
  | { kind: 'load'; outputs: Record<string, string> }
  | { kind: 'step' }
  | { kind: 'run' }
  | { kind: 'pause' }
  | { kind: 'connect' }
  | { kind: 'send'; socket: string; text: string }
  | { kind: 'close'; socket: string }

export interface SlotValue {
  /** The continuation field (a slot of the thread's layout). */
  field: string
  value: string
}

export interface ThreadView {
  id: number
  /** The thread's entry function. */
  entry: string
  status: 'runnable' | 'running' | 'waiting' | 'ended' | 'held'
  /** For a thread held before it is thrown to: the throwable queue it was taken from. */
  queue?: 'active' | 'yield'
  /** The state machine it will run next, its state and that state's source line. */
  fn: string
  file: string
  state: number
  line: number
  /** The call this state resumes after ('' for none). */
  resumes: string
  waitingOn: string
  slots: SlotValue[]
  outcome?: string
}

export interface Snapshot {
  threads: ThreadView[]
  /** Ids of the threads waiting to be thrown to, in order. */
  active: number[]
  yielded: number[]
  clock: number
  transitions: number
  running: boolean
  /** Running with threads still to run: the worker reports again soon (silence means a hang). */
  busy: boolean
}

export type SandboxEvent =
  | { kind: 'snapshot'; snapshot: Snapshot }
  | { kind: 'console'; level: string; text: string }
  | { kind: 'socket'; socket: string; text: string }
  | { kind: 'connected'; socket: string }
  | { kind: 'stopped'; message: string }
