// The sandbox: a worker that runs the compiled program on the real vtify runtime, gated by the
// stepper, with a virtual clock, a captured console and the simulated network. The page kills
// the worker to stop a program that never reaches a state boundary (client.ts).

import { realSetTimeout } from './clock' // first: the runtime captures the timers it installs
import * as runtime from '../../../runtime/index'
import { moduleUrls } from './modules'
import type { SandboxCommand, SandboxEvent } from './protocol'
import { SimServer, SimSocket } from './sim'
import { describeError } from './errors'
import { show } from './show'
import { snapshot } from './snapshot'
import { BUDGET, Stepper } from './stepper'

const post = (event: SandboxEvent): void => self.postMessage(event)
const decoder = new TextDecoder()
const sockets = new Map<string, SimSocket>()
const outbound = (socket: string, bytes: Uint8Array): void => post({ kind: 'socket', socket, text: decoder.decode(bytes) })
const server = new SimServer()
const stdin = new SimSocket('stdin', outbound)
sockets.set('stdin', stdin)
const sim = { server, stdin, stdout: new SimSocket('stdout', outbound) }
let connections = 0

for (const level of ['log', 'info', 'warn', 'error'] as const) {
  console[level] = (...data: unknown[]) => post({ kind: 'console', level, text: data.map((d) => (typeof d === 'string' ? d : show(d))).join(' ') })
}

// A thread's error that nothing handles: printed with the thread's logical stack, instead of
// escaping the worker as an error the page never shows.
const printError = (head: string, error: unknown): void => post({ kind: 'console', level: 'error', text: `${head}\n${describeError(error)}` })
// the report's first line names the thread; its JS stack names blob URLs and minified frames
runtime.VT_configure({ onUnjoinedError: (report, error) => printError(report.slice(0, report.indexOf('\n')), error) })
self.addEventListener('unhandledrejection', (event) => {
  event.preventDefault()
  printError('unhandled promise rejection (a thread started with VT_run threw, and nothing caught its promise):', event.reason)
})
self.addEventListener('error', (event) => {
  event.preventDefault()
  printError('uncaught error:', event.error)
})

const stepper = new Stepper(() =>
  post({ kind: 'stopped', message: `Paused after ${BUDGET} transitions without waiting for input: the program may loop forever. Step, or run again.` }),
)

/** How often a running program with threads still to run reports (and proves it is not stuck). */
const REPORT_MS = 100
let reporting = false

/**
 * Let the runtime's rounds run (microtasks, host turns), then report; while the program runs
 * with threads still to run, report again every REPORT_MS, until every thread waits or ends.
 */
function settle(delay = 0): void {
  if (reporting) return
  reporting = true
  realSetTimeout(() => {
    reporting = false
    if (stepper.idle()) return settle()
    const shot = snapshot(stepper)
    post({ kind: 'snapshot', snapshot: shot })
    if (stepper.running && stepper.held.length > 0) stepper.run()
    if (shot.busy) settle(REPORT_MS)
  }, delay)
}

async function load(outputs: Record<string, string>): Promise<void> {
  Object.assign(globalThis, { __vtRuntime: runtime, __vtSim: sim })
  const urls = moduleUrls(outputs, { 'vtify/runtime': { names: runtime, global: '__vtRuntime' }, sim: { names: sim, global: '__vtSim' } })
  for (const url of urls) await import(/* @vite-ignore */ url)
}

function connect(): void {
  const socket = new SimSocket(`conn${++connections}`, outbound)
  sockets.set(socket.name, socket)
  server.connect(socket)
  post({ kind: 'connected', socket: socket.name })
}

async function handle(command: SandboxCommand): Promise<void> {
  if (command.kind === 'load') await load(command.outputs)
  else if (command.kind === 'step') stepper.step()
  else if (command.kind === 'run') stepper.run()
  else if (command.kind === 'pause') stepper.pause()
  else if (command.kind === 'connect') connect()
  else if (command.kind === 'send') sockets.get(command.socket)?.deliver(new TextEncoder().encode(command.text))
  else sockets.get(command.socket)?.deliver(undefined)
  settle()
}

// One command at a time: a Step sent while the modules still load waits for them.
let done: Promise<void> = Promise.resolve()
self.onmessage = (event: MessageEvent<SandboxCommand>) => {
  done = done.then(() => handle(event.data)).catch((error: unknown) => post({ kind: 'stopped', message: `The program threw: ${describeError(error)}` }))
}
