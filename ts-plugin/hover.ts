// Quick info: whether a function can block a virtual thread and why, and at a call whether it is
// a state boundary. The text is read off the model; nothing is re-derived here.

import {
  PRIMITIVES,
  THREAD_STARTERS,
  directReasons,
  formatChain,
  namedVariables,
  runtimeExportOf,
  type FunctionInfo,
  type FunctionLayout,
} from '../compiler/index.js'
import { entityAt, type Entity } from './entities.js'
import type { FileView, ModelView } from './model-view.js'

export interface Hover {
  /** Markdown paragraphs to append to TypeScript's own quick info. */
  paragraphs: string[]
  /** The identifier hovered, for when TypeScript has no quick info of its own. */
  start: number
  length: number
}

export function hoverAt(model: ModelView, file: FileView, position: number): Hover | undefined {
  const entity = entityAt(file, position)
  if (!entity) return undefined
  const paragraphs = entity.kind === 'function' ? describeFunction(model, entity.fn) : describeCall(model, entity)
  if (paragraphs.length === 0) return undefined
  const start = entity.node.getStart(file.sourceFile)
  return { paragraphs, start, length: entity.node.getEnd() - start }
}

function describeFunction(model: ModelView, fn: FunctionInfo): string[] {
  if (fn.multistate) {
    const n = fn.boundaries.length
    const layout = model.layoutOf(fn)
    return [
      `**vtify**: \`${fn.name}\` is multistate — ${n} state ${n === 1 ? 'boundary' : 'boundaries'}`,
      // Every callee it blocks through, one per line (a markdown hard break).
      directReasons(model.index.model, fn)
        .map((steps) => formatChain(fn.name, steps))
        .join('  \n'),
      ...(layout ? [describeLayout(layout)] : []),
    ]
  }
  return fn.inThread ? [`**vtify**: \`${fn.name}\` is single-state — it runs inside a virtual thread and never suspends it`] : []
}

/** Principle 1 (what is stored) and the thread's merged continuation (principle 2). */
function describeLayout(layout: FunctionLayout): string {
  const { stored, locals } = namedVariables(layout)
  const list = (names: string[]): string => (names.length === 0 ? 'none' : names.map((n) => `\`${n}\``).join(', '))
  const { slots, bytes } = layout.continuation
  return (
    `**vtify**: stored across boundaries: ${list(stored)}; ` +
    `JS locals: ${list(locals)}. ` +
    `A thread started here has a continuation of ${slots.length} slot${slots.length === 1 ? '' : 's'}, ~${bytes} bytes`
  )
}

function describeCall(model: ModelView, entity: Extract<Entity, { kind: 'call' }>): string[] {
  const out: string[] = []
  const { boundary } = entity
  if (boundary) out.push(`**vtify**: state boundary ⏸${boundary.number} of \`${boundary.fn.name}\` — the virtual thread can suspend here`)
  for (const target of new Set(entity.call.to)) {
    const runtimeExport = runtimeExportOf(target)
    if (runtimeExport !== undefined) out.push(...describePrimitive(runtimeExport))
    else {
      const fn = model.index.functionsById.get(target)
      if (fn) out.push(...describeFunction(model, fn))
    }
  }
  return out
}

function describePrimitive(name: string): string[] {
  if (PRIMITIVES.has(name)) return [`**vtify**: \`${name}\` is a primitive: it suspends the virtual thread until it can complete`]
  if (THREAD_STARTERS.has(name)) return [`**vtify**: \`${name}\` starts a new virtual thread; the caller keeps running`]
  return []
}
