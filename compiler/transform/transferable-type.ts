// Which TypeScript types describe values that cross to another event loop unchanged by
// structured clone — the compile-time side of runtime/loops/transferable.ts, which checks the
// values themselves: primitives; arrays, tuples, plain object types, Map and Set of such; Date,
// RegExp, ArrayBuffer, typed arrays, DataView, Node's Buffer (the runtime makes it a Buffer
// again on arrival); built-in errors; and vtify's own plain data (a clue, a handle). Not:
// functions, symbols, promises, weak collections, and instances of classes (a socket, a stream,
// any user class): they would arrive without their prototype; nor vtify's thread handles, which
// name a continuation of one loop.
// `any` and `unknown` (and a type parameter with no constraint) say nothing: the runtime checks
// those values when the thread moves; they are reported apart, as unchecked (VT3002), unless
// something else in the type is refused. So do `object`, `{}` and `Object`, which admit any
// object — a function or a class instance as well as plain data.

import ts from '#typescript'

/** Built-in object types that cross as they are, by their declared name. */
const CLONED: ReadonlySet<string> = new Set([
  'Date',
  'RegExp',
  'ArrayBuffer',
  'SharedArrayBuffer',
  'DataView',
  'Int8Array',
  'Uint8Array',
  'Uint8ClampedArray',
  'Int16Array',
  'Uint16Array',
  'Int32Array',
  'Uint32Array',
  'Float32Array',
  'Float64Array',
  'BigInt64Array',
  'BigUint64Array',
  // structured clone makes it a plain Uint8Array; the runtime gives it back its prototype
  'Buffer',
  'Error',
  'TypeError',
  'RangeError',
  'ReferenceError',
  'SyntaxError',
  'EvalError',
  'URIError',
  // vtify's plain data
  'Clue',
  'VHandle',
])

/** Containers whose elements are checked: their type arguments. */
const CONTAINERS: ReadonlySet<string> = new Set(['Array', 'ReadonlyArray', 'Map', 'ReadonlyMap', 'Set', 'ReadonlySet'])

/** Built-in object types that cannot cross, with why. */
const REFUSED: Readonly<Record<string, string | undefined>> = {
  // The global interface of every function: it declares no call signature of its own.
  Function: 'a function',
  CallableFunction: 'a function',
  NewableFunction: 'a function',
  Promise: 'a promise',
  PromiseLike: 'a promise',
  WeakMap: 'a WeakMap',
  WeakSet: 'a WeakSet',
  WeakRef: 'a WeakRef',
  // vtify's own loop-local objects (VThread is an interface over a continuation of this loop)
  VThread: 'a thread handle (VThread), which names a thread on this event loop only',
}

const MAX_DEPTH = 6

/** The step of a path into a container's elements. */
const ELEMENTS = '[…]'

/**
 * Whether values of a type cross: `refused`, they cannot cross unchanged; `unchecked`, the type
 * does not say (`any`, `unknown` somewhere in it, and nothing refused elsewhere in it); `why`
 * names the part (`its .handler holds a function`, `its .data is typed any`).
 */
export interface Crossing {
  kind: 'refused' | 'unchecked'
  why: string
}

/** What keeps values of `type` from crossing unchanged, or from being checked; undefined if they cross. */
export function crossingOf(type: ts.Type, checker: ts.TypeChecker): Crossing | undefined {
  const found = check(type, checker, 0, new Set())
  if (found === undefined) return undefined
  if (!found.unchecked) return { kind: 'refused', why: `${subject(found.path)} holds ${found.what}` }
  return { kind: 'unchecked', why: `${subject(found.path)} ${found.path === ELEMENTS ? 'are' : 'is'} typed ${found.what}` }
}

/** Where in the value: `it`, `its elements` (of an array, a Map, a Set), `its .a[…].b`. */
function subject(path: string): string {
  if (path === '') return 'it'
  return path === ELEMENTS ? 'its elements' : `its ${path}`
}

/** What cannot cross (or be checked), and where in the value (`.a[…].b`, empty for the value itself). */
interface Found {
  what: string
  path: string
  /** Not refused: typed so that nothing can be told (`any`). */
  unchecked?: true
}

function check(type: ts.Type, checker: ts.TypeChecker, depth: number, seen: Set<ts.Type>): Found | undefined {
  if (depth > MAX_DEPTH || seen.has(type)) return undefined
  seen.add(type)
  const flags = type.flags
  if (flags & ts.TypeFlags.Any) return { what: 'any', path: '', unchecked: true }
  if (flags & ts.TypeFlags.Unknown) return { what: 'unknown', path: '', unchecked: true }
  if (flags & ts.TypeFlags.ESSymbolLike) return { what: 'a symbol', path: '' }
  // A type parameter holds what its constraint allows (`T extends () => void`: a function); none says nothing.
  if (flags & ts.TypeFlags.TypeParameter) {
    const constraint = checker.getBaseConstraintOfType(type)
    if (constraint !== undefined) return check(constraint, checker, depth + 1, seen)
    return { what: `${checker.typeToString(type)}, a type parameter without a constraint`, path: '', unchecked: true }
  }
  if (type.isUnionOrIntersection()) return first(type.types, (t) => check(t, checker, depth + 1, seen))
  if (flags & ts.TypeFlags.NonPrimitive) return { what: 'object', path: '', unchecked: true }
  if (!(flags & ts.TypeFlags.Object)) return undefined
  if (type.getCallSignatures().length > 0 || type.getConstructSignatures().length > 0) return { what: 'a function', path: '' }
  const name = type.getSymbol()?.getName() ?? ''
  const refused = REFUSED[name]
  if (refused !== undefined) return { what: refused, path: '' }
  if (CLONED.has(name)) return undefined
  if (checker.isArrayType(type) || checker.isTupleType(type) || CONTAINERS.has(name)) {
    const element = first(checker.getTypeArguments(type as ts.TypeReference), (t) => check(t, checker, depth + 1, seen))
    return element && { ...element, path: `${ELEMENTS}${element.path}` }
  }
  if (isClassInstance(type)) return { what: `an instance of ${name}, which would arrive without its prototype (its methods)`, path: '' }
  if (admitsAnyObject(type, checker)) return { what: checker.typeToString(type), path: '', unchecked: true }
  return properties(type, checker, depth, seen)
}

function properties(type: ts.Type, checker: ts.TypeChecker, depth: number, seen: Set<ts.Type>): Found | undefined {
  const parts: { type: ts.Type; path: string }[] = []
  for (const property of checker.getPropertiesOfType(type)) {
    const declaration = property.valueDeclaration ?? property.declarations?.[0]
    if (declaration !== undefined) parts.push({ type: checker.getTypeOfSymbolAtLocation(property, declaration), path: `.${property.getName()}` })
  }
  const index = checker.getIndexTypeOfType(type, ts.IndexKind.String)
  if (index !== undefined) parts.push({ type: index, path: '[key]' })
  return first(parts, (part) => {
    const found = check(part.type, checker, depth + 1, seen)
    return found && { ...found, path: `${part.path}${found.path}` }
  })
}

/**
 * `{}` (no member at all: any object, and any primitive but null and undefined, is one) or the
 * global `Object`, whose members every object has.
 */
function admitsAnyObject(type: ts.Type, checker: ts.TypeChecker): boolean {
  if (checker.getPropertiesOfType(type).length === 0 && checker.getIndexInfosOfType(type).length === 0) return true
  const symbol = type.getSymbol()
  return symbol !== undefined && symbol.getName() === 'Object' && symbol === checker.resolveName('Object', undefined, ts.SymbolFlags.Type, false)
}

/** An instance of a class declaration (user code, or a library's: a socket, a stream). */
function isClassInstance(type: ts.Type): boolean {
  const symbol = type.getSymbol()
  return symbol !== undefined && (symbol.flags & ts.SymbolFlags.Class) !== 0
}

/** The first part refused, else the first that cannot be checked: a refusal is what must be fixed. */
function first<T>(items: readonly T[], why: (item: T) => Found | undefined): Found | undefined {
  let unchecked: Found | undefined
  for (const item of items) {
    const found = why(item)
    if (found !== undefined && !found.unchecked) return found
    unchecked ??= found
  }
  return unchecked
}
