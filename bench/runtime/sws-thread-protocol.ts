// What the thread-per-connection server's main thread (sws-threads.ts) and a connection's thread
// (sws-thread.ts) exchange. A module of its own: importing sws-thread.ts would run a thread's code.

import type { MessagePort } from 'node:worker_threads'

/** What the main thread passes: the byte port, the shared counters, ROOT. */
export interface ThreadData {
  port: MessagePort
  /** Int32 counters: [INPUT] bumped by the main thread on every message sent; [UNSENT] bytes not yet written to the socket. */
  shared: SharedArrayBuffer
  root: string
}

/** A message from the main thread: bytes received, or null at the end of the input. */
export type Input = Uint8Array | null
/** A message to it: bytes to write, or 'end' (close the connection once they are written). */
export type Output = Uint8Array | 'end'

export const INPUT = 0
export const UNSENT = 1
