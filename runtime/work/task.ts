// What VT_work runs, in a form that can cross to a pool thread. A function value cannot: its
// closure stays behind. So a work function reaches the pool as either
//   - an export of a module, by URL and name (VT_task(import.meta.url, fn)): the honest,
//     transferable form — the pool thread imports the module, with its own imports intact; or
//   - the source text of a self-contained function (VT_work(fn, …)): rebuilt on the pool thread
//     from its text alone, so a function that reads a variable of an enclosing scope (a closure,
//     a module import) fails there with an error naming that variable (thread-main.ts).

import { safeString } from '../errors.js'
import { TypeError } from '../intrinsics.js'
import { entryOf } from '../registry.js'

/** A module export (`module` a URL) or a function's source text, and a name for messages. */
export type WorkSpec =
  { readonly kind: 'module'; readonly module: string; readonly name: string } | { readonly kind: 'source'; readonly source: string; readonly name: string }

/** Any plain function: its arguments and result cross by structured clone. */
export type WorkFunction = (...args: never[]) => unknown

/** A work function named by module and export, made by VT_task; F is only its type. */
export class WorkTask<F extends WorkFunction = WorkFunction> {
  /** Never set: carries F for VT_work's argument and result types. */
  declare readonly fn?: F
  constructor(readonly spec: WorkSpec & { kind: 'module' }) {}
}

const toSource = Function.prototype.toString
const callToSource = (fn: WorkFunction): string => toSource.call(fn)

/** VT_task(module, fn or export name). */
export function workTask<F extends WorkFunction>(module: string | URL, fnOrName: F | string): WorkTask<F> {
  // module?.href: VT_task() read a property of undefined, a TypeError that named nothing
  const url: unknown = typeof module === 'string' ? module : (module as URL | null | undefined)?.href
  if (typeof url !== 'string' || !/^[a-z][a-z0-9+.-]*:/i.test(url)) {
    throw new TypeError(`VT_task: the module must be a URL (import.meta.url, or new URL('./file.js', import.meta.url)), got ${safeString(module)}`)
  }
  const name = typeof fnOrName === 'string' ? fnOrName : fnOrName?.name
  if (typeof name !== 'string' || name === '') throw new TypeError('VT_task: name the export, or pass the exported function itself (a named function)')
  return new WorkTask<F>({ kind: 'module', module: url, name })
}

/** What to send for VT_work's first argument, or a TypeError saying why it cannot be sent. */
export function specOf(target: unknown): WorkSpec {
  if (target instanceof WorkTask) return target.spec
  if (typeof target !== 'function') throw new TypeError(`VT_work: expected a function or a VT_task(…), got ${target === null ? 'null' : typeof target}`)
  const fn = target as WorkFunction
  const name = fn.name || 'anonymous function'
  if (entryOf(fn) !== undefined) {
    throw new TypeError(
      `VT_work: ${name} is multistate (it waits on virtual-thread primitives); a pool thread runs plain functions only. Call it in the thread instead`,
    )
  }
  return { kind: 'source', source: standaloneSource(fn, name), name }
}

/** The text of a function that can be rebuilt from it: a function or arrow expression. */
function standaloneSource(fn: WorkFunction, name: string): string {
  const source = callToSource(fn)
  const why = /\{\s*\[native code\]\s*\}\s*$/.test(source)
    ? 'is native or bound: it has no source to send'
    : /^class\b/.test(source)
      ? 'is a class'
      : !/^(async\s+)?(function\b|\(|[\p{L}_$][\p{L}\p{N}_$]*\s*=>)/u.test(source)
        ? 'is a method: its text is not a function expression'
        : undefined
  if (why === undefined) return source
  throw new TypeError(`VT_work: ${name} ${why}. Export it from a module and pass VT_task(import.meta.url, ${name}) instead`)
}
