// The page's side of the compiler worker: the latest request wins (an answer to an older one,
// overtaken by typing, is dropped), and edits are debounced. One request at a time is in the
// worker, and typing meanwhile replaces the one waiting to go: with each sent at once, typing
// into a program that takes seconds to compile queued a compile per pause, all run before the
// page saw the text it has. The page starts the worker and its first compile before it loads
// the editor and the panes, and listens once they are there.

import type { CompileRequest, CompileResponse, CompileResult } from './protocol'

export const DEBOUNCE_MS = 50

export class Compiler {
  private readonly worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })
  private last = 0
  /** What the latest request compiled: results are only shown against the text they came from. */
  private lastFiles: Record<string, string> = {}
  private timer: ReturnType<typeof setTimeout> | undefined
  /** A request is in the worker; the newest one since waits here. */
  private busy = false
  private waiting: CompileRequest | undefined
  /** The latest answer, kept until someone listens. */
  private unheard: CompileResponse | undefined
  private onResult: ((result: CompileResult, files: Record<string, string>) => void) | undefined
  private onCrash: ((message: string) => void) | undefined

  constructor() {
    this.worker.onmessage = (event: MessageEvent<CompileResponse>) => this.answered(event.data)
  }

  listen(onResult: (result: CompileResult, files: Record<string, string>) => void, onCrash: (message: string) => void): void {
    this.onResult = onResult
    this.onCrash = onCrash
    const unheard = this.unheard
    this.unheard = undefined
    if (unheard) this.receive(unheard)
  }

  /** Compile now. */
  compile(files: Record<string, string>): void {
    clearTimeout(this.timer)
    const request: CompileRequest = { id: ++this.last, files }
    this.lastFiles = files
    if (this.busy) this.waiting = request
    else this.send(request)
  }

  private send(request: CompileRequest): void {
    this.busy = true
    this.waiting = undefined
    this.worker.postMessage(request)
  }

  /** Compile once typing pauses. */
  schedule(files: () => Record<string, string>): void {
    clearTimeout(this.timer)
    this.timer = setTimeout(() => this.compile(files()), DEBOUNCE_MS)
  }

  private answered(response: CompileResponse): void {
    this.busy = false
    if (this.waiting) this.send(this.waiting)
    this.receive(response)
  }

  private receive(response: CompileResponse): void {
    if (response.id !== this.last) return
    if (!this.onResult || !this.onCrash) this.unheard = response
    else if ('crash' in response) this.onCrash(response.crash)
    else this.onResult(response, this.lastFiles)
  }
}
