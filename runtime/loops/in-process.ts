// The one-process mode for tests (docs/runtime.md §14.7): every loop a separate instance of the
// runtime and of the program's modules in the calling thread, messages between them copied by
// structured clone as between workers, and delivered in an order a seed chooses. One thread
// runs everything, so a run is the same each time for the same seed (programs without timers
// or I/O): a failing interleaving is replayed by its seed.
//
// Separate instances come from separate module URLs: loop i imports the program as
// `…?vtify-loop=i`, and a resolve hook gives every module that a tagged module imports the same
// tag, so the runtime and the program load once per loop.

import { hostScheduler } from '../host.js'
import { Error, Promise, String } from '../intrinsics.js'
import { append } from '../lists.js'
import type { PeerPort } from './link.js'
import type { Message } from './away.js'

const TAG = /[?&]vtify-loop=(\d+)/

/**
 * Tags the modules a tagged module imports (the hook runs in Node's loader thread, from this
 * text). Made when it is registered, not as this module loads: a page bundles this module with
 * VT_start and must not carry work it never uses (docs/runtime.md §11).
 */
function resolveHook(): string {
  return `
const TAG = ${String(TAG)}
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context)
  const tag = TAG.exec(context.parentURL ?? '')
  if (tag === null || !result.url.startsWith('file:') || TAG.test(result.url)) return result
  return { ...result, url: result.url + (result.url.includes('?') ? '&' : '?') + 'vtify-loop=' + tag[1] }
}`
}

/** This instance's loop in a one-process run (from its own URL), or undefined. */
export function inProcessLoop(): number | undefined {
  const tag = TAG.exec(import.meta.url)
  return tag === null ? undefined : Number(tag[1])
}

interface NodeModule {
  register(specifier: string): void
}

/** Load the program once more for loop `loop`; its VT_start call joins the loops (start.ts). */
export function importForLoop(module: string, loop: number, builtin: <T>(id: string) => T | undefined): void {
  const nodeModule = builtin<NodeModule>('node:module')
  if (nodeModule === undefined) throw new Error('VT_start: inProcess needs Node (module.register)')
  if (!hooked) nodeModule.register(`data:text/javascript,${encodeURIComponent(resolveHook())}`)
  hooked = true
  void import(`${module}${module.includes('?') ? '&' : '?'}vtify-loop=${loop}`)
}
let hooked = false

/** A seeded choice (mulberry32): the same seed, the same sequence. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * The channels of a one-process run: each port keeps what was posted to it (copied, as
 * postMessage copies), in order — MessagePort's order, which the runtime relies on — and at each
 * host turn one port, chosen by the seed among those with messages, delivers its oldest.
 */
export class SeededHub {
  private readonly next: () => number
  private readonly ports: SeededPort[] = []
  private scheduled = false
  private readonly schedule = hostScheduler(() => this.tick())
  private allListening: (() => void) | undefined
  /**
   * Settles once every loop listens. The loops' instances load asynchronously (module loading
   * takes the time it takes), so main starts only then: from there on, one thread and the seed
   * decide everything.
   */
  readonly ready = new Promise<void>((resolve) => (this.allListening = resolve))

  constructor(seed: number) {
    this.next = random(seed)
  }

  channel(): { port1: PeerPort; port2: PeerPort } {
    const port1 = new SeededPort(this)
    const port2 = new SeededPort(this)
    port1.peer = port2
    port2.peer = port1
    append(this.ports, port1)
    append(this.ports, port2)
    return { port1, port2 }
  }

  /** Something was posted or a listener attached: deliver in a later host turn. */
  wake(): void {
    if (this.allListening !== undefined && this.ports.every((port) => port.listening())) {
      this.allListening()
      this.allListening = undefined
    }
    if (this.scheduled) return
    this.scheduled = true
    this.schedule()
  }

  private tick(): void {
    this.scheduled = false
    if (this.allListening !== undefined) return
    const ready: SeededPort[] = []
    for (const port of this.ports) if (port.ready()) append(ready, port)
    if (ready.length === 0) return
    // now and then no delivery this turn: rounds of the loops run between deliveries too
    if (this.next() >= 0.25) (ready[Math.floor(this.next() * ready.length)] as SeededPort).deliver()
    this.wake()
  }
}

class SeededPort implements PeerPort {
  peer: SeededPort | undefined
  private readonly inbox: Message[] = []
  private listener: ((message: Message) => void) | undefined

  constructor(private readonly hub: SeededHub) {}

  postMessage(message: Message): void {
    append((this.peer as SeededPort).inbox, structuredClone(message))
    this.hub.wake()
  }

  on(_event: 'message', listener: (message: Message) => void): void {
    this.listener = listener
    this.hub.wake()
  }

  unref(): void {}

  listening(): boolean {
    return this.listener !== undefined
  }

  ready(): boolean {
    return this.listener !== undefined && this.inbox.length > 0
  }

  deliver(): void {
    ;(this.listener as (message: Message) => void)(this.inbox.shift() as Message)
  }
}

/** What loop 0 leaves for the other loops' instances to find when they start: one object per process, made at the first use. */
export function inProcessData(): Map<number, unknown> {
  return ((globalThis as { [key: symbol]: unknown })[Symbol.for('vtify.inProcessLoops')] ??= new Map<number, unknown>()) as Map<number, unknown>
}
