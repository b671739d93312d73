// The one line printed at the end of a build: how much was compiled, the deepest chain of
// multistate calls (how far down a thread can block), and the largest continuation a thread of this
// program can have (the memory each of its threads costs).

import { deepestChain, formatChain, type FunctionLayout, type TransformResult } from '../compiler/index.js'

export function summaryLine(result: TransformResult): string {
  const { model } = result
  const multistate = model.functions.filter((f) => f.multistate)
  const modules = new Set(multistate.map((f) => f.file)).size
  return (
    `vtify: ${count(multistate.length, 'multistate function')} in ${modules} of ${count(model.modules.length, 'module')}, ` +
    `${count(model.threads.length, 'thread start')} (VT_spawn/VT_run)${deepest(result)}${largest(result.layouts)}`
  )
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

function deepest({ model }: TransformResult): string {
  const chain = deepestChain(model)
  return chain ? `, deepest multistate call chain ${formatChain(chain.start, chain.steps)}` : ''
}

function largest(layouts: readonly FunctionLayout[]): string {
  const top = layouts.reduce<FunctionLayout | undefined>((best, l) => (!best || l.continuation.bytes > best.continuation.bytes ? l : best), undefined)
  if (!top) return ''
  const { slots, bytes } = top.continuation
  return `, largest continuation ${top.name} (${count(slots.length, 'slot')}, ~${bytes} bytes)`
}
