// The worker thread pool of the event loop (paper §2.2.2): jobs wait in a FIFO for a pool
// thread; each thread runs one job at a time; the number of threads follows measured throughput
// (sizer.ts) up to a maximum. A thread with nothing to do for idleMs ends; an idle thread never
// keeps the process alive, a busy one does (a virtual thread waits for it).

import { Error, RangeError, TypeError, hasOwn, isInteger } from '../intrinsics.js'
import { complete, fail } from '../loop.js'
import { rebuild } from './errors.js'
import { hostCores, startHostThread, type HostThread } from './host-threads.js'
import { Job } from './job.js'
import { Sizer } from './sizer.js'
import type { ResultMessage } from './thread-main.js'

/** VT_configureWork's settings. */
export interface WorkSettings {
  /** At most this many pool threads (default: the host's cores). */
  maxThreads: number
  /** A pool thread idle this long ends (default 5,000 ms). */
  idleMs: number
}

/** VT_workStats(). */
export interface WorkStats {
  threads: number
  busy: number
  queued: number
  /** The size the sizer aims at now. */
  target: number
  maxThreads: number
  completed: number
  failed: number
  /** Jobs withdrawn by VT_cancel: dropped from the queue, or stopped with their thread. */
  cancelled: number
  /** Pool threads started so far. */
  started: number
}

/** How often the sizer samples throughput while jobs wait. */
const WINDOW_MS = 50

interface PoolThread {
  readonly no: number
  readonly host: HostThread
  job: Job | null
  idleTimer: ReturnType<typeof setTimeout> | undefined
}

export class Pool {
  private readonly queue: Job[] = []
  private readonly threads = new Set<PoolThread>()
  private readonly settings: WorkSettings = { maxThreads: hostCores(), idleMs: 5000 }
  private sizer = new Sizer(this.settings.maxThreads)
  private target = 1
  private nextJob = 1
  private nextThread = 1
  private window: { timer: ReturnType<typeof setInterval>; start: number; completed: number } | undefined
  private readonly counts = { completed: 0, failed: 0, cancelled: 0, started: 0 }

  configure(options: Partial<WorkSettings>): void {
    // VT_configureWork(null) failed in Object.entries, with an error that named no primitive
    if (typeof options !== 'object' || options === null) {
      throw new TypeError(`VT_configureWork: expected an object of settings (maxThreads, idleMs), got ${options === null ? 'null' : typeof options}`)
    }
    for (const [name, value] of Object.entries(options) as [keyof WorkSettings, number][]) {
      // own settings only: `'toString' in settings` is true
      if (!hasOwn(this.settings, name)) throw new RangeError(`VT_configureWork: unknown setting ${name}`)
      if (!isInteger(value) || value < (name === 'idleMs' ? 0 : 1))
        throw new RangeError(`VT_configureWork: ${name} must be an integer ≥ ${name === 'idleMs' ? 0 : 1}, got ${String(value)}`)
      this.settings[name] = value
    }
    this.sizer = new Sizer(this.settings.maxThreads)
    this.target = Math.min(this.target, this.settings.maxThreads)
    // Fewer threads from now on: the idle ones above the target go now, the busy ones when their job ends (release).
    for (const t of [...this.threads]) if (t.job === null && this.threads.size > this.target) this.retire(t)
  }

  stats(): WorkStats {
    return {
      threads: this.threads.size,
      busy: this.busy(),
      queued: this.queue.length,
      target: this.target,
      maxThreads: this.settings.maxThreads,
      ...this.counts,
    }
  }

  /** A new job for thread k (not yet submitted). */
  job(k: Job['k'], spec: Job['spec'], args: readonly unknown[]): Job {
    return new Job(this.nextJob++, k, spec, args, (job) => this.withdraw(job))
  }

  /** Run job at once if a thread is free, else queue it. Throws at once if its arguments cannot cross (DataCloneError). */
  submit(job: Job): void {
    const thread = this.freeThread()
    if (thread === undefined) {
      this.queue.push(job)
      this.startWindow()
      return
    }
    this.dispatch(thread, job)
  }

  private busy(): number {
    let busy = 0
    for (const t of this.threads) if (t.job !== null) busy++
    return busy
  }

  /** A thread to run a job on now, if fewer than the target run one: an idle thread, or a new one. */
  private freeThread(): PoolThread | undefined {
    if (this.busy() >= this.target) return undefined
    for (const t of this.threads) if (t.job === null) return t
    return this.threads.size < this.target ? this.startThread() : undefined
  }

  private startThread(): PoolThread {
    const thread: PoolThread = { no: this.nextThread++, host: startHostThread(), job: null, idleTimer: undefined }
    this.counts.started++
    this.threads.add(thread)
    thread.host.on('message', (result) => this.finished(thread, result))
    thread.host.on('error', () => {}) // an uncaught error ends the thread: 'exit' handles it
    thread.host.on('exit', (code) => this.exited(thread, code))
    return thread
  }

  private dispatch(thread: PoolThread, job: Job): void {
    clearTimeout(thread.idleTimer)
    thread.job = job
    job.state = 'running'
    thread.host.ref()
    try {
      thread.host.postMessage({ id: job.id, spec: job.spec, args: job.args })
    } catch (error) {
      this.release(thread)
      job.state = 'over'
      throw error // DataCloneError: an argument cannot cross to a thread
    }
  }

  private finished(thread: PoolThread, result: ResultMessage): void {
    const job = thread.job
    if (job === null || job.id !== result.id) return
    job.state = 'over'
    if (this.window !== undefined) this.window.completed++
    if (result.ok) {
      this.counts.completed++
      complete(job.k, result.value)
    } else {
      this.counts.failed++
      fail(job.k, rebuild(result.error, job.spec, thread.no))
    }
    this.release(thread)
  }

  /** A thread's job is over: the next queued job, or retire (over target), or idle. */
  private release(thread: PoolThread): void {
    thread.job = null
    if (this.threads.size > this.target) return this.retire(thread)
    const next = this.queue.shift()
    if (next !== undefined) return this.dispatchQueued(thread, next)
    thread.host.unref()
    thread.idleTimer = setTimeout(() => this.retire(thread), this.settings.idleMs)
    ;(thread.idleTimer as { unref?(): void }).unref?.()
  }

  /** A queued job whose arguments fail to cross now fails at its call site instead. */
  private dispatchQueued(thread: PoolThread, job: Job): void {
    try {
      this.dispatch(thread, job)
    } catch (error) {
      fail(job.k, error)
    }
  }

  private retire(thread: PoolThread): void {
    clearTimeout(thread.idleTimer)
    this.threads.delete(thread)
    void thread.host.terminate()
  }

  private exited(thread: PoolThread, code: number): void {
    this.threads.delete(thread)
    const job = thread.job
    if (job === null) return
    thread.job = null
    job.state = 'over'
    this.counts.failed++
    fail(job.k, new Error(`VT_work: pool thread #${thread.no} exited (code ${code}) while running ${job.spec.name}`))
    this.refill()
  }

  /** VT_cancel of a thread parked in VT_work (job.unpark). */
  private withdraw(job: Job): void {
    this.counts.cancelled++
    if (job.state === 'queued') {
      const at = this.queue.indexOf(job)
      if (at !== -1) this.queue.splice(at, 1)
    } else if (job.state === 'running') {
      for (const t of this.threads) if (t.job === job) this.stop(t)
    }
    job.state = 'over'
  }

  /** A plain function cannot be interrupted: its thread ends with it, and another takes its place when needed. */
  private stop(thread: PoolThread): void {
    thread.job = null
    this.retire(thread)
    this.refill()
  }

  /** Start threads for queued jobs, up to the target. */
  private refill(): void {
    while (this.queue.length > 0 && this.threads.size < this.target) this.dispatchQueued(this.startThread(), this.queue.shift() as Job)
  }

  /** Sample throughput every WINDOW_MS while jobs wait or run. */
  private startWindow(): void {
    if (this.window !== undefined) return
    const timer = setInterval(() => this.sample(), WINDOW_MS)
    ;(timer as { unref?(): void }).unref?.()
    this.window = { timer, start: performance.now(), completed: 0 }
  }

  private sample(): void {
    const w = this.window as NonNullable<Pool['window']>
    const now = performance.now()
    const busy = this.busy()
    this.target = this.sizer.next({ completed: w.completed, ms: now - w.start, size: this.threads.size, queued: this.queue.length })
    w.start = now
    w.completed = 0
    this.refill()
    if (this.queue.length === 0 && busy === 0) {
      clearInterval(w.timer)
      this.window = undefined
    }
  }
}
