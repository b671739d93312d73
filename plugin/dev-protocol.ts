// The messages between the dev server's main thread (dev-compiler.ts) and its compiler worker
// (compile-worker.ts): plain data, structured-cloned.

import type { EditOutcome } from './edit.js'
import type { Served } from './served.js'

/** `file`: absolute. `emitted`: each module's file and the code the bundler was last given for it. */
export type Request =
  | { id: number; op: 'serve'; file: string }
  | { id: number; op: 'isModule'; file: string }
  | { id: number; op: 'edit'; file: string; emitted: [string, string][] }

/** The answer to request `id`, its error (a stack), or a progress line of long work (no id). */
export type Reply =
  { id: number; served: Served } | { id: number; isModule: boolean } | { id: number; edit: EditOutcome } | { id: number; error: string } | { progress: string }
