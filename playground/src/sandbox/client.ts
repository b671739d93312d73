// The page's side of the sandbox: one worker per run, started by the first command after a
// compile or a Reset (typing costs no worker start), and a watchdog —
// a program that runs on without reaching a state boundary never gives the worker back, so
// the page ends the worker when a command goes unanswered.

import type { SandboxCommand, SandboxEvent } from './protocol'

export const WATCHDOG_MS = 3000
/** Loading starts a worker and imports the modules: slow on a busy machine, so longer. */
const LOAD_WATCHDOG_MS = 15_000

export class Sandbox {
  private worker: Worker | undefined
  private watchdog: ReturnType<typeof setTimeout> | undefined
  /** From start until the worker's first answer: commands sent meanwhile wait for the load. */
  private loading = false
  private outputs: Record<string, string> | undefined

  constructor(private readonly onEvent: (event: SandboxEvent) => void) {}

  /** The program the next command runs, from its start (undefined: nothing to run). */
  prepare(outputs: Record<string, string> | undefined): void {
    this.stop()
    this.outputs = outputs
  }

  private start(outputs: Record<string, string>): void {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (event: MessageEvent<SandboxEvent>) => {
      clearTimeout(this.watchdog)
      this.loading = false
      // A busy program keeps reporting (worker.ts); silence then means it is stuck.
      if (event.data.kind === 'snapshot' && event.data.snapshot.busy) this.arm()
      this.onEvent(event.data)
    }
    this.worker = worker
    this.loading = true
    this.post({ kind: 'load', outputs })
  }

  send(command: SandboxCommand): void {
    if (!this.worker && this.outputs) this.start(this.outputs)
    this.post(command)
  }

  private post(command: SandboxCommand): void {
    if (!this.worker) return
    this.worker.postMessage(command)
    this.arm(this.loading ? LOAD_WATCHDOG_MS : WATCHDOG_MS)
  }

  private arm(ms = WATCHDOG_MS): void {
    clearTimeout(this.watchdog)
    this.watchdog = setTimeout(() => this.timeOut(), ms)
  }

  stop(): void {
    clearTimeout(this.watchdog)
    this.worker?.terminate()
    this.worker = undefined
  }

  private timeOut(): void {
    this.stop()
    this.onEvent({
      kind: 'stopped',
      message: `Stopped: the program ran ${WATCHDOG_MS / 1000} s without reaching a state boundary (a loop that never calls a primitive?). Reset to run it again.`,
    })
  }
}
