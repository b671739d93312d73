// What the Run pane shows of the threads: each one's status, the state machine and state it is
// at (with its source line, from the registry the generated code fills), and its continuation's
// slot values — plain data for the page.

import { ENDED, HEADER_FIELDS, NO_ERROR, RUNNABLE, RUNNING, WAITING, errorOf, rootOf, waitingOn, type Continuation } from '../../../runtime/protocol'
import { infoOf } from '../../../runtime/registry'
import { eachLiveThread } from '../../../runtime/threads'
import { clock } from './clock'
import { errorText } from './errors'
import { show } from './show'
import type { Snapshot, ThreadView } from './protocol'
import type { Stepper } from './stepper'

/** The runtime's own fields of a continuation (docs/runtime.md §1); the rest are slots. */
const HEADER = new Set<string>(HEADER_FIELDS)
const STATUS: Record<number, ThreadView['status']> = { [RUNNABLE]: 'runnable', [RUNNING]: 'running', [WAITING]: 'waiting', [ENDED]: 'ended' }

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
  if (k.status === ENDED) view.outcome = outcome(k)
  return view
}

/** How an ended thread ended: `→ value` it returned, or `threw error`. */
function outcome(k: Continuation): string {
  const error = errorOf(k)
  return error === NO_ERROR ? `→ ${show(k.value)}` : `threw ${errorText(error)}`
}

export function snapshot(stepper: Stepper): Snapshot {
  const held = new Set(stepper.held)
  const threads = new Set(stepper.seen)
  eachLiveThread((k) => threads.add(k))
  const views = [...threads].map((k) => threadView(k, held.has(k)))
  const queued = (queue: 'active' | 'yield'): number[] => views.filter((v) => v.queue === queue).map((v) => v.id)
  const busy = stepper.running && stepper.runnable()
  return {
    threads: views,
    active: queued('active'),
    yielded: queued('yield'),
    clock: clock.now,
    transitions: stepper.transitions,
    running: stepper.running,
    busy,
  }
}
