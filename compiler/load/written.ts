// A file reported changed may be caught between an editor's truncation and its write (many save
// in place that way, and the watcher can report the truncation alone): read then, it is empty,
// and the compiler would build the program of an empty module until the next change — which the
// watcher, having reported this one, may not send. Vite waits the same way for its hot updates.

import fs from 'node:fs'

const POLL_MS = 10

/**
 * When `fileName` is empty, wait until it is written again (its modification time changes), at
 * most `maxMs`; a file really emptied costs that wait once. Blocks the thread: an edit is
 * handled synchronously, and a wait on the main thread happens only for an empty file.
 */
export function waitWhileEmpty(fileName: string, maxMs = 100): void {
  const first = stat(fileName)
  if (first === undefined || first.size !== 0) return
  const sleeper = new Int32Array(new SharedArrayBuffer(4))
  for (let waited = 0; waited < maxMs; waited += POLL_MS) {
    Atomics.wait(sleeper, 0, 0, POLL_MS)
    const now = stat(fileName)
    if (now === undefined || now.mtimeMs !== first.mtimeMs || now.size !== 0) return
  }
}

function stat(fileName: string): fs.Stats | undefined {
  try {
    return fs.statSync(fileName)
  } catch {
    return undefined
  }
}
