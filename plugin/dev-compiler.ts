// The dev server's compiler: a worker thread started with the server (compile-worker.ts) holds
// the live compilation, so that loading TypeScript, analysing and transforming never run on the
// thread that answers the browser. Until the first edit, a build the cache answers serves modules
// from this thread (reading it costs little); the worker meanwhile prepares for that edit,
// starting from the same cache entry, so both give the same code.

import path from 'node:path'
import { Worker } from 'node:worker_threads'
import type { Reply, Request } from './dev-protocol.js'
import type { EditOutcome } from './edit.js'
import { fileOf } from './options.js'
import type { ProgressSink } from './progress.js'
import { servedOf, type Served } from './served.js'
import { BuildSession, type SessionOptions } from './session.js'
import { isModuleOf, type BuildView } from './view.js'

/** Where the worker's code is: beside this module, compiled (dist/plugin/). */
const WORKER = new URL('./compile-worker.js', import.meta.url)

type Pending = { resolve: (reply: Reply) => void; reject: (error: Error) => void }
type WithoutId<R> = R extends unknown ? Omit<R, 'id'> : never
/** A request without its id: each gets its own when sent. */
type Asked = WithoutId<Request>

export class DevCompiler {
  private worker: Worker | undefined
  private readonly pending = new Map<number, Pending>()
  private nextId = 0
  /** The cache's build, read on first use; `view` undefined: there is none, or a file changed. */
  private cache: { view: BuildView | undefined } | undefined

  /** `options.target`: the project, as BuildSession takes it. Starts the worker. */
  constructor(
    private readonly options: SessionOptions,
    private readonly progress: ProgressSink,
  ) {
    this.start()
  }

  async serve(file: string): Promise<Served> {
    const cached = this.cached()
    if (cached) return servedOf(cached, file, true)
    return this.ask({ op: 'serve', file }, (reply) => ('served' in reply ? reply.served : undefined))
  }

  async isModule(file: string): Promise<boolean> {
    const cached = this.cached()
    if (cached) return isModuleOf(cached, file)
    return this.ask({ op: 'isModule', file }, (reply) => ('isModule' in reply ? reply.isModule : undefined))
  }

  /** `emitted`: the code each module id was last given. From now on the worker answers. */
  async edit(file: string, emitted: ReadonlyMap<string, string>): Promise<EditOutcome> {
    this.cache = { view: undefined }
    const byFile = [...emitted].map(([id, code]): [string, string] => [path.resolve(fileOf(id)), code])
    return this.ask({ op: 'edit', file, emitted: byFile }, (reply) => ('edit' in reply ? reply.edit : undefined))
  }

  /** The server closed: what is still asked fails, and the worker stops. */
  close(): void {
    const worker = this.worker
    this.worker = undefined
    this.failPending(new Error('the dev server closed'))
    void worker?.terminate()
  }

  /** Not read at start: the server is ready before any module is asked for. */
  private cached(): BuildView | undefined {
    this.cache ??= { view: new BuildSession(this.options).withoutCompiling() }
    return this.cache.view
  }

  private start(): Worker {
    const worker = new Worker(WORKER, { workerData: this.options })
    // A dev server that closes without closing its plugins must still be able to exit.
    worker.unref()
    worker.on('message', (reply: Reply) => this.received(reply))
    worker.on('error', (error) => this.stopped(worker, error))
    worker.on('exit', (code) => this.stopped(worker, new Error(`the worker exited with code ${code}`)))
    this.worker = worker
    return worker
  }

  /** A worker that stopped fails what it was asked; the next request starts another. */
  private stopped(worker: Worker, error: Error): void {
    if (this.worker !== worker) return
    this.worker = undefined
    this.failPending(error)
  }

  private failPending(error: Error): void {
    for (const { reject } of this.pending.values()) reject(new Error(`vtify: the dev server's compiler stopped: ${error.message}`))
    this.pending.clear()
  }

  private received(reply: Reply): void {
    if ('progress' in reply) return this.progress(reply.progress)
    const pending = this.pending.get(reply.id)
    this.pending.delete(reply.id)
    pending?.resolve(reply)
  }

  private ask<T>(request: Asked, pick: (reply: Reply) => T | undefined): Promise<T> {
    const id = this.nextId++
    const worker = this.worker ?? this.start()
    return new Promise<Reply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      worker.postMessage({ ...request, id })
    }).then((reply) => {
      if ('error' in reply) throw new Error(`vtify: the dev server's compiler failed: ${reply.error}`)
      const answer = pick(reply)
      if (answer === undefined) throw new Error(`vtify: internal error: the compiler answered ${request.op} with ${Object.keys(reply).join()}`)
      return answer
    })
  }
}
