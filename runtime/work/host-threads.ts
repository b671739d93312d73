// Kernel threads from the host. On Node, worker_threads — reached through
// process.getBuiltinModule (Node ≥ 20.16) rather than an import, so that vtify/runtime stays one
// module graph that loads in a browser as it is (test/runtime/portability.test.ts): a bundler
// sees no Node import, and only a call of VT_work looks for the module. A host without it (a
// browser) gets an error saying so at the VT_work call.

import { Error } from '../intrinsics.js'
import { threadMain, type JobMessage, type ResultMessage } from './thread-main.js'

/** What the pool uses of a worker_threads Worker. */
export interface HostThread {
  postMessage(job: JobMessage): void
  on(event: 'message', listener: (result: ResultMessage) => void): void
  on(event: 'error', listener: (error: Error) => void): void
  on(event: 'exit', listener: (code: number) => void): void
  terminate(): Promise<number>
  ref(): void
  unref(): void
  readonly threadId: number
}

interface WorkerThreads {
  Worker: new (source: string, options: { eval: true; name?: string }) => HostThread
}

interface NodeProcess {
  getBuiltinModule?(id: string): unknown
}

/** A Node built-in module, or undefined on a host without them (a browser). */
export function nodeBuiltin<T>(id: string): T | undefined {
  const host = (globalThis as { process?: NodeProcess }).process
  return host?.getBuiltinModule?.(id) as T | undefined
}

const PROGRAM = /* @__PURE__ */ program()

/** The pool thread's program: threadMain's own text, called with the thread's port and an import. */
function program(): string {
  return `'use strict';\n(${threadMain.toString()})(require('node:worker_threads').parentPort, (url) => import(url));\n`
}

/** Start a pool thread. */
export function startHostThread(): HostThread {
  const threads = nodeBuiltin<WorkerThreads>('node:worker_threads')
  if (threads === undefined) {
    throw new Error('VT_work: this host has no worker threads (VT_work needs Node ≥ 20.16: process.getBuiltinModule and worker_threads)')
  }
  return new threads.Worker(PROGRAM, { eval: true, name: 'vtify pool thread' })
}

/** The default maximum of pool threads: the cores the host says it has. */
export function hostCores(): number {
  const os = nodeBuiltin<{ availableParallelism?(): number; cpus(): unknown[] }>('node:os')
  return os === undefined ? 1 : (os.availableParallelism?.() ?? os.cpus().length)
}
