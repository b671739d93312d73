// Explicit resource management for generated code: a block of a multistate function that holds
// `using` declarations and a state boundary keeps its resources in the continuation, in the
// order they were declared, and disposes of them when the block ends, however it ends — normal
// completion, return, break, an exception, or the thread cancelled at a boundary inside it — as
// the language's DisposeResources does (docs/transform.md, "using declarations across a boundary").
// Messages and the SuppressedError stand-in are those of TypeScript's own downlevel helpers, so
// a `using` in a plain function and one across a boundary fail alike.

import { Error, TypeError, isObject, reflectApply } from './intrinsics.js'
import { append } from './lists.js'

/** A resource with the dispose method read when it was declared: pairs [value, method], flat. */
export type Resources = unknown[]

/** `using x = value`: checks that value is disposable, reads its dispose method now, and returns it. */
export function addDisposable(resources: Resources, value: unknown): unknown {
  if (value === null || value === undefined) return value
  if (!isObject(value)) throw new TypeError('Object expected.')
  const dispose: unknown = (value as { [Symbol.dispose]?: unknown })[Symbol.dispose]
  if (typeof dispose !== 'function') throw new TypeError('Object not disposable.')
  append(resources, value)
  append(resources, dispose)
  return value
}

/**
 * The block ended: each resource's dispose method, last declared first. `error` is what the
 * block threw when `throwing`. An error of a dispose method is thrown once every resource has
 * been disposed of, wrapped in a SuppressedError over any earlier one, as the language does;
 * when none fails, the block's own completion goes on.
 */
export function disposeResources(resources: Resources, throwing: boolean, error: unknown): void {
  let failed = false
  let thrown = error
  for (let i = resources.length - 2; i >= 0; i -= 2) {
    try {
      reflectApply(resources[i + 1] as () => unknown, resources[i], [])
    } catch (e) {
      thrown = throwing || failed ? suppressed(e, thrown) : e
      failed = true
    }
  }
  resources.length = 0
  if (failed) throw thrown
}

const NativeSuppressedError = (globalThis as { SuppressedError?: new (error: unknown, suppressed: unknown, message: string) => Error }).SuppressedError

function suppressed(error: unknown, earlier: unknown): Error {
  const message = 'An error was suppressed during disposal.'
  if (NativeSuppressedError !== undefined) return new NativeSuppressedError(error, earlier, message)
  const e = new Error(message) as Error & { error: unknown; suppressed: unknown }
  e.name = 'SuppressedError'
  e.error = error
  e.suppressed = earlier
  return e
}
