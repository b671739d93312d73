// How the event loop gets a turn from the host's own event loop. Node: setImmediate, which runs
// after libuv's poll phase, so pending I/O and timers are served first. Browsers: a
// MessageChannel task (not clamped like nested setTimeout). Nothing here imports a Node module.

import { bindFunction } from './intrinsics.js'

type Task = () => void

interface Port {
  onmessage: ((event: unknown) => void) | null
  postMessage(message: unknown): void
}
interface HostGlobals {
  setImmediate?: (task: Task) => unknown
  MessageChannel?: new () => { port1: Port; port2: Port }
  setTimeout: (task: Task, ms: number) => unknown
}

/**
 * Returns a function that runs `task` once in a later turn of the host event loop. Called when
 * the runtime loads: what it reads of the host then is what it uses (intrinsics.ts).
 */
export function hostScheduler(task: Task): () => void {
  const host = globalThis as unknown as HostGlobals
  const setImmediate = host.setImmediate
  if (setImmediate !== undefined) return () => void setImmediate(task)
  if (host.MessageChannel !== undefined) {
    const channel = new host.MessageChannel()
    channel.port1.onmessage = task
    const post = bindFunction.call(channel.port2.postMessage, channel.port2) as (message: unknown) => void
    return () => post(null)
  }
  const setTimeout = host.setTimeout
  return () => void setTimeout(task, 0)
}
