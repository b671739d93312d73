// The body of a pool thread. It reaches the thread as source text (a Worker started with
// `eval`, so that no file has to be found next to the runtime, in a bundle or in a browser
// build), which is why it must be self-contained like a work function sent by its source:
// nothing from this module's scope, no import — the host passes in what it needs.

import type { WorkSpec } from './task.js'

/** A job as posted to a pool thread. */
export interface JobMessage {
  readonly id: number
  readonly spec: WorkSpec
  readonly args: readonly unknown[]
}

/** An error as a pool thread sends it back: plain data, so that it survives the crossing. */
export interface SentError {
  readonly name: string
  readonly message: string
  readonly stack: string
  readonly code?: string | number
  /** Set when a function sent as source read a variable the pool thread does not have. */
  readonly missing?: string
}

/** A pool thread's answer. */
export type ResultMessage =
  { readonly id: number; readonly ok: true; readonly value: unknown } | { readonly id: number; readonly ok: false; readonly error: SentError }

/** What threadMain needs of worker_threads' parentPort. */
export interface ThreadPort {
  on(event: 'message', listener: (job: JobMessage) => void): unknown
  postMessage(message: ResultMessage): void
}

/** Runs every job posted to `port`, one at a time as they come; `load` imports a module by URL. */
export function threadMain(port: ThreadPort, load: (url: string) => Promise<Record<string, unknown>>): void {
  type Fn = (...args: unknown[]) => unknown
  const known = new Map<string, Fn>()

  async function functionOf(spec: WorkSpec): Promise<Fn> {
    const key = spec.kind === 'module' ? `${spec.module}#${spec.name}` : spec.source
    const cached = known.get(key)
    if (cached !== undefined) return cached
    let fn: unknown
    if (spec.kind === 'module') {
      fn = (await load(spec.module))[spec.name]
      if (typeof fn !== 'function') throw new TypeError(`VT_work: ${spec.module} has no exported function ${spec.name}`)
    } else {
      // Indirect eval: the global scope of this thread, nothing of the sender's.
      fn = (0, eval)(`(${spec.source})`)
    }
    known.set(key, fn as Fn)
    return fn as Fn
  }

  function sent(error: unknown, spec: WorkSpec): SentError {
    if (!(error instanceof Error)) return { name: 'Error', message: `a non-Error was thrown: ${String(error)}`, stack: '' }
    const missing = spec.kind === 'source' && error instanceof ReferenceError ? /^(\S+) is not defined$/.exec(error.message)?.[1] : undefined
    const code = (error as { code?: unknown }).code
    return {
      name: error.name,
      message: error.message,
      stack: error.stack ?? '',
      ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
      ...(missing === undefined ? {} : { missing }),
    }
  }

  async function run(job: JobMessage): Promise<void> {
    try {
      const value = await (await functionOf(job.spec))(...job.args)
      port.postMessage({ id: job.id, ok: true, value })
    } catch (error) {
      // Also a result that cannot be cloned (DataCloneError from postMessage).
      port.postMessage({ id: job.id, ok: false, error: sent(error, job.spec) })
    }
  }

  port.on('message', (job) => void run(job))
}
