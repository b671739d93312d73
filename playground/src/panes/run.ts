// The Run pane: the compiled program on the real runtime in the sandbox, stepped one transition
// at a time or run; each thread's status, state and continuation slot values (named by the
// layout: which variables share each slot), the throwable queues, the virtual clock, the console
// and the simulated connections.

import type { FunctionLayout } from '../../../compiler/index'
import { Sandbox } from '../sandbox/client'
import type { SandboxEvent, Snapshot, ThreadView } from '../sandbox/protocol'
import { h, table } from '../ui/dom'

/** Rows of the threads table: thousands of rows took a second to draw, at every report. */
const SHOWN_THREADS = 100

const START = 'Step or Run to start the program: every thread is held before its first transition.'

export class RunPane {
  private readonly sandbox = new Sandbox((e) => this.receive(e))
  private outputs: Record<string, string> | undefined
  private layouts: FunctionLayout[] = []
  private readonly state = h('div', { className: 'vt-run-state' })
  private readonly message = h('p', { className: 'vt-run-message' })
  private readonly sockets = h('div', { className: 'vt-sockets' })
  private readonly output = h('pre', { className: 'vt-output' })

  constructor(
    parent: HTMLElement,
    /** The thread the next step runs (or the last that ran); undefined when the run starts over. */
    private readonly onAt: (thread: ThreadView | undefined) => void,
  ) {
    const button = (label: string, action: () => void): HTMLButtonElement => {
      const b = h('button', { type: 'button', textContent: label, dataset: { run: label.toLowerCase() } })
      b.addEventListener('click', action)
      return b
    }
    const controls = h(
      'div',
      { className: 'vt-controls' },
      button('Run', () => this.sandbox.send({ kind: 'run' })),
      button('Pause', () => this.sandbox.send({ kind: 'pause' })),
      button('Step', () => this.sandbox.send({ kind: 'step' })),
      button('Reset', () => this.reset()),
      button('Connect', () => this.sandbox.send({ kind: 'connect' })),
    )
    parent.replaceChildren(controls, this.message, this.state, h('h4', {}, 'Connections'), this.sockets, h('h4', {}, 'Output'), this.output)
    this.addSocket('stdin')
  }

  /** A new compile: the next Reset (or the first Step) runs it. */
  update(outputs: Record<string, string> | undefined, layouts: FunctionLayout[]): void {
    this.outputs = outputs
    this.layouts = layouts
    this.reset()
  }

  private reset(): void {
    this.output.textContent = ''
    this.sockets.replaceChildren()
    this.addSocket('stdin')
    this.state.replaceChildren()
    this.onAt(undefined)
    this.sandbox.prepare(this.outputs)
    this.message.textContent = this.outputs ? START : 'Nothing to run: the program has errors.'
  }

  private receive(event: SandboxEvent): void {
    if (event.kind === 'snapshot') this.show(event.snapshot)
    else if (event.kind === 'console') this.print(event.level === 'log' ? event.text : `[${event.level}] ${event.text}`)
    else if (event.kind === 'socket') this.print(`${event.socket} ← ${JSON.stringify(event.text)}`)
    else if (event.kind === 'connected') this.addSocket(event.socket)
    else if (event.kind === 'stopped') this.message.textContent = event.message
  }

  private print(line: string): void {
    this.output.textContent += `${line}\n`
  }

  private show(s: Snapshot): void {
    // the program has started: the prompt to start it is over (a message since, such as the budget's, stays)
    if (this.message.textContent === START) this.message.textContent = ''
    // The thread the next step runs, or else the last one that ran.
    const next = s.threads.find((t) => t.status === 'held') ?? s.threads.filter((t) => t.status !== 'ended').at(-1)
    // none when every thread has ended: nothing is marked then
    this.onAt(next)
    const queues = `active queue: ${s.active.map((id) => `#${id}`).join(' ') || '—'} · yield queue: ${s.yielded.map((id) => `#${id}`).join(' ') || '—'}`
    this.state.replaceChildren(
      h('p', { className: 'vt-clock' }, `virtual clock ${s.clock} ms · ${s.transitions} transitions · ${phase(s)}`),
      h('p', { className: 'vt-queues' }, queues),
      table(
        'vt-threads',
        ['thread', 'status', 'at', 'continuation slots'],
        s.threads
          .slice(0, SHOWN_THREADS)
          .map((t) => [
            `#${t.id} ${t.entry}`,
            statusOf(t),
            `${t.fn} state ${t.state} (line ${t.line})${t.resumes ? ` after ${t.resumes}` : ''}`,
            this.slots(t),
          ]),
      ),
      h('p', { className: 'vt-more-threads' }, more(s.threads)),
    )
  }

  private slots(t: ThreadView): HTMLElement {
    const holds = new Map(this.layouts.find((l) => l.name === t.entry)?.continuation.slots.map((s) => [s.slot, s.holds.join(' / ')]) ?? [])
    return h('div', {}, ...t.slots.map((s) => h('div', { className: 'vt-slot', dataset: { field: s.field } }, `${holds.get(s.field) ?? s.field} = ${s.value}`)))
  }

  private addSocket(name: string): void {
    const input = h('input', { placeholder: `send to ${name} (Enter)`, dataset: { socket: name } })
    input.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter') return
      this.sandbox.send({ kind: 'send', socket: name, text: `${input.value}\n` })
      input.value = ''
    })
    const close = h('button', { type: 'button', textContent: 'close' })
    close.addEventListener('click', () => this.sandbox.send({ kind: 'close', socket: name }))
    this.sockets.append(h('div', {}, `${name} `, input, close))
  }
}

/** What the table leaves out, counted by status. */
function more(threads: readonly ThreadView[]): string {
  const rest = threads.slice(SHOWN_THREADS)
  if (rest.length === 0) return ''
  const counts = new Map<string, number>()
  for (const t of rest) {
    const status = t.status === 'held' ? 'runnable' : t.status
    counts.set(status, (counts.get(status) ?? 0) + 1)
  }
  return `and ${rest.length} more threads: ${[...counts].map(([status, n]) => `${n} ${status}`).join(', ')}`
}

/** Where the run is, in words: the clock line's last part. */
function phase(s: Snapshot): string {
  if (s.threads.length === 0) return 'no thread started (VT_run or VT_spawn starts one)'
  if (s.threads.every((t) => t.status === 'ended')) return 'every thread has ended'
  if (s.busy) return 'running'
  return s.running ? 'running: every thread waits' : 'paused'
}

function statusOf(t: ThreadView): string {
  if (t.status === 'held') return `runnable (${t.queue} queue)`
  if (t.status === 'ended') return `ended ${t.outcome ?? ''}`
  return t.waitingOn ? `${t.status} on ${t.waitingOn}` : t.status
}
