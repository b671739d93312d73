// What the Run pane shows of the threads: each one's status, the state machine and state it is
// at (with its source line, from the registry the generated code fills), and its continuation's
// slot values — plain data for the page.

import { ENDED, HEADER_FIELDS, RUNNABLE, RUNNING, WAITING, rootOf, waitingOn, type Continuation } from '../../../runtime/protocol'
import { infoOf } from '../../../runtime/registry'
import { eachLiveThread } from '../../../runtime/threads'
import { clock } from './clock'
import type { Snapshot, ThreadView } from './protocol'
import type { Stepper } from './stepper'

/** The runtime's own fields of a continuation (docs/runtime.md §1); the rest are slots. */
const HEADER = new Set<string>(HEADER_FIELDS)
const STATUS: Record<number, ThreadView['status']> = { [RUNNABLE]: 'runnable', [RUNNING]: 'running', [WAITING]: 'waiting', [ENDED]: 'ended' }

export function show(value: unknown): string {
  if (value instanceof Uint8Array) return `Uint8Array [${[...value.slice(0, 16)].join(', ')}${value.length > 16 ? ', …' : ''}]`
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'function') return `function ${value.name}`
  // A channel names itself (`socket conn1`, `pipe #1`); class names are minified in the build.
  if (typeof value === 'object' && value !== null)
    return 'what' in value ? String(value.what) : Array.isArray(value) ? `[${value.map(show).join(', ')}]` : 'object'
  return String(value)
}

/** What a parked thread waits on (a channel names itself), or '' when it does not wait. */
function showWaiter(k: Continuation): string {
  const on = waitingOn(k)
  return on === null ? '' : show(on)
}

function threadView(k: Continuation, held: boolean): ThreadView {
  const info = infoOf(k.fn)
  const resumes = info?.calls[k.state] ?? ''
  const slots = Object.keys(k)
    .filter((f) => !HEADER.has(f))
    .map((field) => ({ field, value: show((k as unknown as Record<string, unknown>)[field]) }))
  const view: ThreadView = {
    id: k.id,
    entry: infoOf(rootOf(k))?.name ?? k.fn.name,
    status: held ? 'held' : (STATUS[k.status] ?? 'waiting'),
    fn: info?.name ?? k.fn.name,
    file: info?.file ?? '',
    state: k.state,
    line: info?.lines[k.state] ?? info?.lines[0] ?? 0,
    resumes,
    waitingOn: held ? '' : showWaiter(k),
    slots,
  }
  if (held) view.queue = resumes === 'VT_yield' ? 'yield' : 'active'
  if (k.status === ENDED) view.outcome = show(k.value)
  return view
}

export function snapshot(stepper: Stepper): Snapshot {
  const held = new Set(stepper.held)
  const threads = new Set(stepper.seen)
  eachLiveThread((k) => threads.add(k))
  const views = [...threads].map((k) => threadView(k, held.has(k)))
  const queued = (queue: 'active' | 'yield'): number[] => views.filter((v) => v.queue === queue).map((v) => v.id)
  return { threads: views, active: queued('active'), yielded: queued('yield'), clock: clock.now, transitions: stepper.transitions, running: stepper.running }
}
