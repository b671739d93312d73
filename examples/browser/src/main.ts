// Four threads on the page's event loop: a clock, a fetch, a stream read, and a producer and a
// consumer connected by a channel — each written as plain blocking code.
import { VT_channel, VT_join, VT_run, VT_spawn } from 'vtify/runtime'
import { clock } from './clock.ts'
import { loadQuote } from './quote.ts'
import { countBytes, sendLines, showLines } from './story.ts'

function byId(id: string): HTMLElement {
  const el = document.getElementById(id)
  if (el === null) throw new Error(`no #${id} in the page`)
  return el
}

function main(): string {
  const ticking = VT_spawn(clock, byId('clock'), 5, 20)
  const quote = loadQuote('/quote.json')
  byId('quote').textContent = `${quote.text} — ${quote.author}`
  byId('bytes').textContent = String(countBytes('/story.txt'))
  const lines = VT_channel<string>(1)
  VT_spawn(sendLines, '/story.txt', lines)
  const shown = showLines(byId('lines'), lines)
  VT_join(ticking)
  return `done: ${shown} lines`
}

const status = byId('status')
VT_run(main).then(
  (text) => {
    status.textContent = text
    status.dataset.done = 'true'
  },
  (error: unknown) => {
    status.textContent = `failed: ${String(error)}`
    status.dataset.done = 'false'
  },
)
