// The dev server's compiler, on a worker thread started with the server (dev-compiler.ts): it
// loads TypeScript and analyses the program at once, off the main thread, so that the first
// request of a server without a cache, and the first edit after a start from the cache, do not
// wait for that on the request path. It then answers the main thread's requests one at a time.
// And it keeps the cache up to date: once it has been idle a while, a program the cache does not
// hold (it missed at start, or a file changed since) is transformed whole and written there, so
// that the next start, or a `vite build`, reads it.

import { parentPort, workerData, type MessagePort } from 'node:worker_threads'
import { isInputError } from '../compiler/node.js'
import type { Compilation } from './compilation.js'
import type { Reply, Request } from './dev-protocol.js'
import { editCompilation } from './edit.js'
import { servedOf } from './served.js'
import { BuildSession, type SessionOptions } from './session.js'
import { isModuleOf } from './view.js'

if (!parentPort) throw new Error('vtify: compile-worker.js runs on a worker thread (the dev server starts it)')
const port: MessagePort = parentPort

const session = new BuildSession(workerData as SessionOptions)
session.progress = (line) => port.postMessage({ progress: line } satisfies Reply)
/** Idle this long, the worker writes the cache (a build of the whole program: a second or more on a large one). */
const SAVE_WHEN_IDLE_MS = 2_000
/** Whether the cache lacks the current program. */
let unsaved = false
let saveTimer: ReturnType<typeof setTimeout> | undefined

// Requests wait for the warm-up; when it fails, its error answers every request.
const ready = warmUp()
ready.then(saveWhenIdle, () => {})

/** The compilation, started from the cache's entry when there is one, with its program analysed. */
async function warmUp(): Promise<Compilation> {
  const compilation = await session.live()
  unsaved = !compilation.heldByCache
  compilation.model()
  compilation.project.prepareLibraries()
  return compilation
}

/** Each request puts the save off: a hot update never waits behind it unless it comes during one. */
function saveWhenIdle(compilation: Compilation): void {
  clearTimeout(saveTimer)
  if (!unsaved) return
  saveTimer = setTimeout(() => {
    unsaved = false
    try {
      // The whole program's result: the compilation writes it to the cache (live.ts).
      compilation.result()
    } catch {
      // A program the transform fails on answers each request with that error; the cache only saves time.
    }
  }, SAVE_WHEN_IDLE_MS)
  saveTimer.unref()
}

function answer(compilation: Compilation, request: Request): Reply {
  switch (request.op) {
    case 'serve':
      return { id: request.id, served: servedOf(compilation, request.file, true) }
    case 'isModule':
      return { id: request.id, isModule: isModuleOf(compilation, request.file) }
    case 'edit':
      return { id: request.id, edit: editCompilation(compilation, request.file, new Map(request.emitted)) }
  }
}

port.on('message', (request: Request) => void reply(request))

async function reply(request: Request): Promise<void> {
  try {
    const compilation = await ready
    port.postMessage(answer(compilation, request))
    if (request.op === 'edit') unsaved = true
    saveWhenIdle(compilation)
  } catch (error) {
    port.postMessage({ id: request.id, error: errorText(error) } satisfies Reply)
  }
}

/** A tsconfig that no longer parses (the compiler's InputError) is the user's to fix: its message, not a stack. */
function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  return isInputError(error) ? `${error.message} (it goes on as before this change)` : (error.stack ?? error.message)
}
