// A generated AST to TypeScript source. References (`pick`) are resolved against the scope at
// the point of printing, so any tree prints as a well-typed program: a reference with nothing to
// refer to prints as a literal or a helper call instead. Declarations get fresh names (v1, c2, …).
//
// Calls never recurse: every function the printer makes callable (closures, nested function
// declarations, classes, named function values, object methods) has a rank, and a function's
// body may call only functions of lower rank and those declared inside it. Function declarations
// of a block take their ranks at the block's start, last first, so that each may call the ones
// declared after it (hoisting); `runStash`, which calls whatever was stashed, runs only at a
// generated function's own level.

import type { Cond, Expr, Fn, FnForm, Item, Program, Replacement, StashInto, Stmt } from './ast.js'
import { prelude, type Helper } from './prelude.js'

interface NumVar {
  name: string
  /** Generated code may assign it (loop counters and consts: no). */
  write: boolean
  /** A closure may read it (all locals; not a `this.…` property, which an arrow would bind). */
  capture: boolean
  /** A const: `constWrite` assigns it (a TypeError). */
  konst?: boolean
}

/** Something a call expression may call: a closure, a nested function, a class's method… */
interface Callable {
  rank: number
  call: (arg: string) => string
}

/** An object literal `{ v, m(p) { … this.v … } }`. */
interface Obj {
  name: string
  rank: number
}

/** A function declaration's name and rank, given when its block starts (hoisting). */
interface Hoisted {
  name: string
  rank: number
  /** The scope at the block's start: what a body without `tdz` sees. */
  start: Scope
  /** The function declared right after it (its `next`), which it calls. */
  next?: string
}

/** A statement `break`/`continue` may leave: a loop or a switch, with its label if any. */
interface JumpTarget {
  label: string | null
  loop: boolean
}

interface Scope {
  nums: NumVar[]
  callables: Callable[]
  objects: Obj[]
  /** f0 … f<fns-1> may be called (never a later one: no recursion among multistate functions). */
  fns: number
  jumps: JumpTarget[]
  /** At a generated function's own level, not inside a function it contains: `runStash` may run. */
  top: boolean
}

/**
 * Expressions TypeScript never finds always truthy by their syntax; the others (a literal, or
 * one where the value may come from: `a ?? 5`, `c ? 1 : 2`, `(f(), 3)`) can be.
 */
const NOT_ALWAYS_TRUTHY = new Set<Expr['k']>([
  'ref',
  'bin',
  'helper',
  'variadic',
  'sum',
  'index',
  'pair',
  'template',
  'call',
  'closure',
  'method',
  'prop',
  'spawnJoin',
])

/** Expressions printed as a call statement; the others under `void` (never starting with a bracket). */
const CALLS = new Set<Expr['k']>(['helper', 'variadic', 'call', 'closure', 'method', 'spawnJoin'])

/**
 * What a function expression adds to its result for its `this`: a call through a variable gives
 * it none, so a call that passes the holder of the variable (a cell, the continuation) shows.
 */
const THIS_SEEN = '(this === undefined ? 0 : 1000)'

/** The containers a function that stashes closures declares. */
const STASHES = [
  '  const cs: ((p: number) => number)[] = [];',
  '  const ms = new Map<number, (p: number) => number>();',
  '  const rs: Record<string, (p: number) => number> = {};',
]

const STORE: Readonly<Record<StashInto, (closure: string) => string>> = {
  index: (closure) => `cs[cs.length] = ${closure}`,
  push: (closure) => `cs.push(${closure})`,
  map: (closure) => `ms.set(ms.size, ${closure})`,
  record: (closure) => `rs[\`r\${Object.keys(rs).length}\`] = ${closure}`,
}

export function printProgram(program: Program): string {
  return new Printer().program(program)
}

class Printer {
  private id = 0
  /** The last rank given (see the top of this file). */
  private rank = 0
  private readonly used = new Set<Helper>()
  /** The function being printed keeps closures in its array `cs`. */
  private stashed = false
  private namedK = false

  program(p: Program): string {
    const fns = p.fns.map((fn, j) => this.fn(`function f${j}(n: number, log: string[]`, fn, j, null))
    const main = this.fn('export function main(log: string[]', p.main, p.fns.length, p.seed)
    return [prelude(this.used), ...fns, main].join('\n\n') + '\n'
  }

  /** `head` is the function's head up to its last parameter (a default parameter `d` is added to f<j>). */
  private fn(head: string, fn: Fn, fns: number, seed: number | null): string {
    // main's n is a const; a function's is its parameter, which closures may write too.
    const n: NumVar = seed === null ? { name: 'n', write: true, capture: true } : { name: 'n', write: false, capture: true, konst: true }
    const scope: Scope = { nums: [n], callables: [], objects: [], fns, jumps: [], top: true }
    // The default sees the parameters before it only.
    const dflt = seed === null && fn.dflt ? `, d: number = ${this.expr(fn.dflt.e, { ...scope, nums: [n] })}` : ''
    if (dflt) scope.nums.push({ name: 'd', write: true, capture: true })
    // main logs first, so that every program logs something besides its outcome (differential.test.ts).
    const first = seed === null ? [] : [`  const n = ${seed};`, '  log.push(`main ${n}`);']
    this.stashed = false
    const body = this.stmts(fn.body, scope, '  ')
    const ret = this.expr(fn.ret, scope)
    const stash = this.stashed ? STASHES : []
    return [`${head}${dflt}): number {`, ...first, ...stash, ...body, `  return ${ret};`, '}'].join('\n')
  }

  private fresh(prefix: string): string {
    // The program's first variable is named `k`, the generated code's name for the continuation
    // (which then takes another): it is read, written and captured like any other.
    if (prefix === 'v' && !this.namedK) {
      this.namedK = true
      return 'k'
    }
    return `${prefix}${++this.id}`
  }

  private use(h: Helper): string {
    this.used.add(h)
    return h
  }

  // ---- statements -------------------------------------------------------------------------

  /**
   * A statement list; declarations are in scope for the statements after them, function
   * declarations from the start (a call logged there for each with `early`). `shared`: declare
   * into `outer` itself (a list that is part of a block printed around it).
   */
  private stmts(given: Stmt[], outer: Scope, ind: string, shared = false): string[] {
    const scope: Scope = shared ? outer : { ...outer, nums: [...outer.nums], callables: [...outer.callables], objects: [...outer.objects] }
    // A function declaration's `next` is a declaration of its own, right after it.
    const list = given.flatMap((s): Stmt[] =>
      s.k === 'fnDecl' && s.next ? [s, { k: 'fnDecl', body: [], e: s.next, early: null, tdz: false, next: null, replace: null }] : [s],
    )
    // Ranks last first: a function may call the ones declared after it, never one before it.
    const names = new Map<number, { name: string; rank: number }>()
    for (let i = list.length - 1; i >= 0; i--) if (list[i]!.k === 'fnDecl') names.set(i, { name: this.fresh('g'), rank: ++this.rank })
    for (const h of names.values()) scope.callables.push({ rank: h.rank, call: (arg) => `${h.name}(${arg})` })
    const start: Scope = { ...scope, nums: [...scope.nums], callables: [...scope.callables], objects: [...scope.objects] }
    const hoisted = new Map<number, Hoisted>()
    for (const [i, h] of names) {
      const s = list[i]!
      hoisted.set(i, { ...h, start, ...(s.k === 'fnDecl' && s.next ? { next: names.get(i + 1)!.name } : {}) })
    }
    const early = list.flatMap((s, i) => {
      const h = hoisted.get(i)
      return s.k === 'fnDecl' && s.early && h ? [`${ind}log.push(\`\${${h.name}.name} early \${${h.name}(${this.expr(s.early, start)})}\`);`] : []
    })
    return [...early, ...list.flatMap((s, i) => this.stmt(s, scope, ind, hoisted.get(i)))]
  }

  private block(list: Stmt[], scope: Scope, ind: string): string[] {
    return this.stmts(list, scope, ind + '  ')
  }

  /** Prints s, adding what it declares to `scope`; `hoisted`: a function declaration's name. */
  private stmt(s: Stmt, scope: Scope, ind: string, hoisted?: Hoisted): string[] {
    switch (s.k) {
      case 'decl': {
        const name = this.fresh('v')
        const line = `${ind}${s.kind} ${name} = ${this.expr(s.e, scope)};`
        scope.nums.push({ name, write: s.kind !== 'const', capture: true, konst: s.kind === 'const' })
        return [line]
      }
      case 'destructure':
        return this.destructure(s, scope, ind)
      case 'assign': {
        const target = this.writable(scope, s.pick)
        return [target ? `${ind}${target} ${s.op} ${this.expr(s.e, scope)};` : `${ind}${this.exprStmt(s.e, scope)}`]
      }
      case 'assignPattern':
        return this.assignPattern(s, scope, ind)
      case 'log':
        return [`${ind}log.push(\`s${++this.id}${s.es.map((e) => ` \${${this.expr(e, scope)}}`).join('')}\`);`]
      case 'yield':
        return [`${ind}VT_yield();`]
      case 'expr':
        return [`${ind}${this.exprStmt(s.e, scope)}`]
      case 'if': {
        const head = [`${ind}if (${this.cond(s.c, scope)}) {`, ...this.block(s.then, scope, ind)]
        return s.else ? [...head, `${ind}} else {`, ...this.block(s.else, scope, ind), `${ind}}`] : [...head, `${ind}}`]
      }
      case 'while':
      case 'do':
        return this.counted(s, scope, ind)
      case 'for': {
        const i = this.fresh('i')
        const { label, inner } = this.loop(s.label, scope, { name: i, write: false, capture: true })
        return [`${ind}${label}for (let ${i} = 0; ${i} < ${s.n}; ${i}++) {`, ...this.block(s.body, inner, ind), `${ind}}`]
      }
      case 'forOf': {
        const x = this.fresh('x')
        const items = this.items(s.items, scope)
        const { label, inner } = this.loop(s.label, scope, { name: x, write: false, capture: true, konst: true })
        return [`${ind}${label}for (const ${x} of [${items}] as number[]) {`, ...this.block(s.body, inner, ind), `${ind}}`]
      }
      case 'forIn': {
        const key = this.fresh('key')
        const object = `{ p: ${this.expr(s.p, scope)}, q: ${this.expr(s.q, scope)} }`
        const { label, inner } = this.loop(s.label, scope, null)
        const body = [`${ind}  log.push(${key});`, ...this.block(s.body, inner, ind)]
        return [`${ind}${label}for (const ${key} in ${object}) {`, ...body, `${ind}}`]
      }
      case 'switch':
        return this.switch(s, scope, ind)
      case 'jump':
        return this.jump(s, scope, ind)
      case 'return':
        return [`${ind}return ${this.expr(s.e, scope)};`]
      case 'throw':
        return [`${ind}throw new Error(\`x${++this.id} \${${this.expr(s.e, scope)}}\`);`]
      case 'try':
        return this.try(s, scope, ind)
      case 'thread':
        return this.thread(s, scope, ind)
      case 'closure': {
        const c = this.fresh('c')
        const rank = ++this.rank
        const value = this.fnValue(s.fn, s.body, s.e, scope, ind, rank)
        if (!s.rebound) {
          scope.callables.push({ rank, call: (arg) => `${c}(${arg})` })
          return [`${ind}const ${c} = ${value};`]
        }
        // Written after its declaration and called by an arrow: the arrow calls it through its cell.
        const via = this.fresh('c')
        scope.callables.push({ rank, call: (arg) => `${via}(${arg})` })
        const call = `${ind}log.push(\`${via} \${${via}(${this.expr(s.e, scope)})}\`);`
        return [`${ind}let ${c} = ${value};`, `${ind}${c} = ${c};`, `${ind}const ${via} = (p: number): number => ${c}(p);`, call]
      }
      case 'object': {
        const o = this.fresh('o')
        const p = this.fresh('p')
        const rank = ++this.rank
        const inner = this.nested(
          scope,
          [
            { name: p, write: true, capture: true },
            { name: 'this.v', write: true, capture: false },
          ],
          rank,
        )
        const method = `m(${p}: number): number ${this.funcBody(s.body, s.e, inner, ind, 'this.v')}`
        const line = `${ind}const ${o} = { v: ${this.expr(s.init, this.nested(scope, [], rank))}, ${method} };`
        scope.objects.push({ name: o, rank })
        if (!s.spawn) return [line]
        // A method as a thread: `this` is the object only through bind.
        return [line, `${ind}log.push(\`${o} thread \${VT_join(VT_spawn(${o}.m.bind(${o}), ${this.expr(s.spawn.arg, scope)}))}\`);`]
      }
      case 'block':
        return [`${ind}{`, ...this.block(s.body, scope, ind), `${ind}}`]
      case 'using': {
        const u = this.fresh('u')
        const declaration = `${ind}  using ${u} = ${this.use('res')}('${u}', ${this.expr(s.e, scope)}, log);`
        return [`${ind}{`, declaration, ...this.block(s.body, scope, ind), `${ind}}`]
      }
      case 'stash': {
        const p = this.fresh('p')
        const value = this.expr(s.e, this.nested(scope, [{ name: p, write: true, capture: true }]))
        this.stashed = true
        const closure = `(${p}: number): number => ${value}`
        return [`${ind}${STORE[s.into](closure)};`]
      }
      case 'hold': {
        const [h, p] = [this.fresh('h'), this.fresh('p')]
        const value = this.expr(s.e, this.nested(scope, [{ name: p, write: false, capture: true }]))
        const callee = { run: `${h}.run`, getter: `${h}.fn`, bound: `${h}.run.bind(${h})` }[s.call]
        return [
          `${ind}const ${h} = new ${this.use('Hold')}((${p}: number): number => ${value});`,
          `${ind}log.push(\`${h} \${${callee}(${this.expr(s.arg, scope)})}\`);`,
        ]
      }
      case 'runStash': {
        // In a function the stashed closures may call, running them could recurse for ever.
        if (!scope.top) return []
        const [c, m, r] = [this.fresh('c'), this.fresh('m'), this.fresh('r')]
        this.stashed = true
        const arg = this.expr(s.arg, scope)
        return [
          `${ind}for (const ${c} of cs) log.push(\`${c} \${${c}(${arg})}\`);`,
          `${ind}for (const ${m} of ms.keys()) log.push(\`${m} \${ms.get(${m})!(${arg})}\`);`,
          `${ind}for (const ${r} of Object.keys(rs)) log.push(\`${r} \${rs[${r}]!(${arg})}\`);`,
        ]
      }
      case 'fnDecl': {
        // stmts() names every function declaration of a list; anything else prints none.
        if (!hoisted) return []
        const q = this.fresh('q')
        const inner = this.nested(s.tdz ? scope : hoisted.start, [{ name: q, write: true, capture: true }], hoisted.rank)
        const next = hoisted.next ? `${hoisted.next}(${q})` : undefined
        const replace = s.replace ? this.replacement(hoisted, s.replace, inner, ind + '  ') : []
        return [`${ind}function ${hoisted.name}(${q}: number): number ${this.funcBody(s.body, s.e, inner, ind, next, replace)}`]
      }
      case 'classDecl': {
        const [k, q] = [this.fresh('K'), this.fresh('q')]
        const rank = ++this.rank
        const field = this.expr(s.field, this.nested(scope, [], rank))
        const inner = this.nested(
          scope,
          [
            { name: q, write: true, capture: true },
            { name: 'this.f', write: true, capture: false },
          ],
          rank,
        )
        const method = `${ind}  m(${q}: number): number ${this.funcBody(s.body, s.e, inner, ind + '  ', 'this.f')}`
        const receiver = s.untyped ? `(new ${k}() as any)` : `new ${k}()`
        scope.callables.push({ rank, call: (arg) => `${receiver}.m(${arg})` })
        return [`${ind}class ${k} {`, `${ind}  f = ${field};`, method, `${ind}}`]
      }
      case 'perIter':
        return this.perIter(s, scope, ind)
      case 'accessor': {
        const [v, o] = [this.fresh('s'), this.fresh('o')]
        const lines = [
          `${ind}let ${v} = ${this.expr(s.init, scope)};`,
          `${ind}const ${o} = {`,
          `${ind}  get g(): number { log.push(\`${o} get \${${v}}\`); return ${v}; },`,
          `${ind}  set g(x: number) { log.push(\`${o} set \${x}\`); ${v} = x; },`,
          `${ind}};`,
        ]
        scope.nums.push({ name: v, write: true, capture: true }, { name: `${o}.g`, write: true, capture: true })
        return [...lines, `${ind}${o}${s.key ? "[(VT_yield(), 'g')]" : '.g'} ${s.op} ${this.expr(s.e, scope)};`]
      }
      case 'named':
        return this.named(s, scope, ind)
      case 'constWrite': {
        const c = pickFrom(
          scope.nums.filter((v) => v.konst),
          s.pick,
        )
        if (!c) return []
        const e = this.fresh('e')
        // Not `(c as number) = …`: vtify does not support a boundary beside a parenthesised target (VT2002).
        const write = (inner: Scope, at: string): string[] => [`${at}// @ts-expect-error: assigns a const`, `${at}${c.name} ${s.op} ${this.expr(s.e, inner)};`]
        const body = s.closure ? [`${ind}  ((): void => {`, ...write(this.nested(scope, []), ind + '    '), `${ind}  })();`] : write(scope, ind + '  ')
        return [`${ind}try {`, ...body, `${ind}} catch (${e}) {`, `${ind}  log.push(\`${e} \${String(${e})}\`);`, `${ind}}`]
      }
    }
  }

  /** A function value `(p: number): number => …` or `function (p: number): number { … }`. */
  private fnValue(form: FnForm, body: Stmt[], e: Expr, scope: Scope, ind: string, rank?: number): string {
    const p = this.fresh('p')
    const inner = this.nested(scope, [{ name: p, write: true, capture: true }], rank)
    if (form === 'arrow') return `(${p}: number): number => ${body.length === 0 ? this.expr(e, inner) : this.funcBody(body, e, inner, ind)}`
    const head = `function (this: unknown, ${p}: number): number`
    if (body.length === 0) return `${head} { return ${THIS_SEEN} + ${this.expr(e, inner)}; }`
    return `${head} ${this.funcBody(body, e, inner, ind, THIS_SEEN)}`
  }

  /** Closures made in a loop body, kept in an array and called after the loop. */
  private perIter(s: Extract<Stmt, { k: 'perIter' }>, scope: Scope, ind: string): string[] {
    const a = this.fresh('a')
    const inner: Scope = {
      ...scope,
      nums: [...scope.nums],
      callables: [...scope.callables],
      objects: [...scope.objects],
      jumps: [...scope.jumps, { label: null, loop: true }],
    }
    const bodyInd = ind + '    '
    const out = [`${ind}{`, `${ind}  const ${a}: ((p: number) => number)[] = [];`]
    const head: string[] = []
    if (s.loop === 'for') {
      const [i, j] = [this.fresh('i'), this.fresh('j')]
      head.push(`${ind}  for (let ${i} = 0, ${j} = ${this.expr(s.init, scope)}; ${i} < ${s.n}; ${i}++) {`)
      inner.nums.push({ name: i, write: false, capture: true }, { name: j, write: true, capture: true })
    } else {
      const y = this.fresh('y')
      if (s.loop === 'forOf') {
        const x = this.fresh('x')
        head.push(`${ind}  for (let ${x} of [${this.items(s.items, scope)}] as number[]) {`)
        inner.nums.push({ name: x, write: true, capture: true })
      } else {
        const w = this.fresh('w')
        out.push(`${ind}  let ${w} = 0;`)
        head.push(`${ind}  while (${w} < ${s.n}) {`, `${bodyInd}${w}++;`)
        inner.nums.push({ name: w, write: false, capture: true })
      }
      head.push(`${bodyInd}let ${y} = ${this.expr(s.init, inner)};`)
      inner.nums.push({ name: y, write: true, capture: true })
    }
    const pre = this.stmts(s.pre, inner, bodyInd, true)
    // By index, not push(): the flow follows the array; a closure given to push() escapes, and the
    // analysis then matches it with every call through an array of its type, in every module.
    const push = `${bodyInd}${a}[${a}.length] = ${this.fnValue(s.fn, s.body, s.e, inner, bodyInd)};`
    const post = this.stmts(s.post, inner, bodyInd, true)
    const f = this.fresh('fv')
    const run = `${ind}  for (const ${f} of ${a}) log.push(\`${a} \${${f}(${this.expr(s.arg, scope)})}\`);`
    return [...out, ...head, ...pre, push, ...post, `${ind}  }`, run, `${ind}}`]
  }

  /** A function value bound where JavaScript names it after the binding; its name is logged. */
  private named(s: Extract<Stmt, { k: 'named' }>, scope: Scope, ind: string): string[] {
    const f = this.fresh('nf')
    const rank = ++this.rank
    // A plain closure capturing a local as a property value loses its name (known-failures/closure-property-value-name.ts).
    const body: Stmt[] = s.form === 'prop' ? [{ k: 'yield' }, ...s.body] : s.body
    const value = this.fnValue(s.fn, body, s.e, scope, ind, rank)
    const type = '(p: number) => number'
    let ref = f
    const lines = {
      let: [`let ${f} = ${value};`],
      assign: [`let ${f}: ${type};`, `${f} = ${value};`],
      pattern: [`let ${f}: ${type};`, `[${f} = ${value}] = [];`],
      nullish: [`let ${f}: (${type}) | undefined;`, `${f} ??= ${value};`],
      prop: [`const ${f} = { f: ${value} };`],
    }[s.form]
    if (s.form === 'nullish') ref = `${f}!`
    if (s.form === 'prop') ref = `${f}.f`
    if (s.yield) lines.push('VT_yield();')
    lines.push(`log.push(\`${f} \${${ref}.name}\`);`)
    scope.callables.push({ rank, call: (arg) => `${ref}(${arg})` })
    return lines.map((line) => ind + line)
  }

  /** An expression statement: a call as is, anything else under `void`. */
  private exprStmt(e: Expr, scope: Scope): string {
    const text = this.expr(e, scope)
    return CALLS.has(e.k) ? `${text};` : `void ${text};`
  }

  private destructure(s: Extract<Stmt, { k: 'destructure' }>, scope: Scope, ind: string): string[] {
    const es = s.es.length > 0 ? s.es : [{ k: 'lit', n: 1 } as const]
    const values = es.map((e) => this.expr(e, scope))
    const names = es.map(() => this.fresh('d'))
    const last = names.length - 1
    let line: string
    if (s.form === 'rest') {
      line = `const [${names
        .slice(0, last)
        .map((n) => `${n}, `)
        .join('')}...${names[last]}] = [${values.join(', ')}]`
      scope.nums.push(...names.slice(0, last).map((name) => ({ name, write: false, capture: true })))
      scope.nums.push({ name: `${names[last]}.length`, write: false, capture: true })
      return [`${ind}${line};`]
    }
    // With a fallback, the last value may be undefined (maybe()) and the pattern gives a default.
    const fallback = s.fallback ? ` = ${this.expr(s.fallback, scope)}` : ''
    if (s.fallback) values[last] = `${this.use('maybe')}(${values[last]})`
    if (s.form === 'array') {
      line = `const [${names.map((n, i) => (i === last ? n + fallback : n)).join(', ')}] = [${values.join(', ')}]`
    } else {
      const keys = names.map((n, i) => `p${i}: ${n}${i === last ? fallback : ''}`)
      line = `const { ${keys.join(', ')} } = { ${values.map((v, i) => `p${i}: ${v}`).join(', ')} }`
    }
    scope.nums.push(...names.map((name) => ({ name, write: false, capture: true })))
    return [`${ind}${line};`]
  }

  /** A destructuring assignment; with no writable variable in scope, its values as statements. */
  private assignPattern(s: Extract<Stmt, { k: 'assignPattern' }>, scope: Scope, ind: string): string[] {
    const targets = s.picks.map((p) => this.writable(scope, p))
    if (targets.length === 0 || targets.some((t) => t === undefined)) return s.es.map((e) => `${ind}${this.exprStmt(e, scope)}`)
    // As many values as targets; with a fallback, the last may be undefined (maybe()) and the pattern gives a default.
    const values = targets.map((_, i) => this.expr(s.es[i] ?? { k: 'lit', n: i }, scope))
    const last = targets.length - 1
    const fallback = s.fallback ? ` = ${this.expr(s.fallback, scope)}` : ''
    if (s.fallback) values[last] = `${this.use('maybe')}(${values[last]})`
    const at = (i: number): string => `${targets[i]}${i === last ? fallback : ''}`
    return [
      s.form === 'array'
        ? `${ind}[${targets.map((_, i) => at(i)).join(', ')}] = [${values.join(', ')}];`
        : `${ind}({ ${targets.map((_, i) => `p${i}: ${at(i)}`).join(', ')} } = { ${values.map((v, i) => `p${i}: ${v}`).join(', ')} });`,
    ]
  }

  /** while / do…while under a counter no generated code writes: at most `n` iterations. */
  private counted(s: Extract<Stmt, { k: 'while' | 'do' }>, scope: Scope, ind: string): string[] {
    const w = this.fresh(s.k === 'while' ? 'w' : 'u')
    const { label, inner } = this.loop(s.label, scope, { name: w, write: false, capture: true })
    const test = `${w} < ${s.n}${s.c ? ` && ${this.cond(s.c, inner)}` : ''}`
    const body = [`${ind}    ${w}++;`, ...this.block(s.body, inner, ind + '  ')]
    const loop = s.k === 'while' ? [`${ind}  ${label}while (${test}) {`, ...body, `${ind}  }`] : [`${ind}  ${label}do {`, ...body, `${ind}  } while (${test});`]
    return [`${ind}{`, `${ind}  let ${w} = 0;`, ...loop, `${ind}}`]
  }

  /** A loop's label (if any) and the scope of its body. */
  private loop(labelled: boolean, scope: Scope, variable: NumVar | null): { label: string; inner: Scope } {
    const label = labelled ? this.fresh('L') : null
    const inner: Scope = { ...scope, nums: variable ? [...scope.nums, variable] : scope.nums, jumps: [...scope.jumps, { label, loop: true }] }
    return { label: label ? `${label}: ` : '', inner }
  }

  private switch(s: Extract<Stmt, { k: 'switch' }>, scope: Scope, ind: string): string[] {
    const cases = s.cases.length > 0 ? s.cases : [{ body: [], brk: false }]
    const inner: Scope = { ...scope, jumps: [...scope.jumps, { label: null, loop: false }] }
    const out = [`${ind}switch (Math.abs(${this.expr(s.e, scope)}) % ${cases.length}) {`]
    cases.forEach((c, i) => {
      // Each case body is a block: a declaration in one case is not in scope in the next.
      out.push(`${ind}  ${i === s.dflt % (cases.length + 1) ? 'default' : `case ${i}`}: {`, ...this.block(c.body, inner, ind + '  '))
      out.push(c.brk ? `${ind}    break;` : `${ind}    // falls through`, `${ind}  }`)
    })
    return [...out, `${ind}}`]
  }

  private jump(s: Extract<Stmt, { k: 'jump' }>, scope: Scope, ind: string): string[] {
    const word = s.cont ? 'continue' : 'break'
    const unlabelled = s.cont ? scope.jumps.some((j) => j.loop) : scope.jumps.length > 0
    const targets = [...(unlabelled ? [word] : []), ...scope.jumps.flatMap((j) => (j.label ? [`${word} ${j.label}`] : []))]
    return targets.length === 0 ? [] : [`${ind}${targets[s.pick % targets.length]};`]
  }

  private try(s: Extract<Stmt, { k: 'try' }>, scope: Scope, ind: string): string[] {
    const out = [`${ind}try {`, ...this.block(s.body, scope, ind)]
    if (s.handler || !s.finalizer) {
      const e = this.fresh('e')
      // The catch binding is one per execution of the clause: closures in the handler capture it.
      const handler: Scope = { ...scope, nums: [...scope.nums, { name: `String(${e}).length`, write: false, capture: true }] }
      out.push(`${ind}} catch (${e}) {`, `${ind}  log.push(\`${e} \${String(${e})}\`);`, ...this.block(s.handler ?? [], handler, ind))
    }
    if (s.finalizer) out.push(`${ind}} finally {`, ...this.block(s.finalizer, scope, ind))
    return [...out, `${ind}}`]
  }

  /** A thread started before `body` and joined in a finally after it, so it never outlives main. */
  private thread(s: Extract<Stmt, { k: 'thread' }>, scope: Scope, ind: string): string[] {
    const t = this.fresh('t')
    const start = s.arrow
      ? `VT_spawn((): number => ${this.funcBody(s.arrow, s.arg, this.nested(scope, []), ind + '  ')})`
      : `VT_spawn(${this.callee(s.pick, scope)}, ${this.expr(s.arg, scope)}, log)`
    return [
      `${ind}{`,
      `${ind}  const ${t} = ${start};`,
      `${ind}  try {`,
      ...this.block(s.body, scope, ind + '  '),
      `${ind}  } finally {`,
      `${ind}    log.push(\`${t} joined \${VT_join(${t})}\`);`,
      `${ind}  }`,
      `${ind}}`,
    ]
  }

  /** A function body `{ …; return [base +] e }` printed at `ind`. */
  private funcBody(body: Stmt[], ret: Expr, scope: Scope, ind: string, base?: string, beforeReturn: string[] = []): string {
    const value = base ? `${base} + ${this.expr(ret, scope)}` : this.expr(ret, scope)
    return ['{', ...this.block(body, scope, ind), ...beforeReturn, `${ind}  return ${value};`, `${ind}}`].join('\n')
  }

  /**
   * `g = (p: number): number => { … }`: a function declaration's name assigned a closure over the
   * declaration's scope (its parameter among it), which may call what ranks below the declaration.
   */
  private replacement(fn: Hoisted, r: Replacement, scope: Scope, ind: string): string[] {
    const p = this.fresh('q')
    const own = this.nested(scope, [{ name: p, write: true, capture: true }], fn.rank)
    const head = r.fn === 'arrow' ? `(${p}: number): number =>` : `function (${p}: number): number`
    return [`${ind}// @ts-expect-error a function declaration's name is a variable`, `${ind}${fn.name} = ${head} ${this.funcBody(r.body, r.e, own, ind)};`]
  }

  /**
   * The scope of a closure: what it may capture, its own variables, no jump targets; with
   * `rank`, only what ranks below it may be called.
   */
  private nested(scope: Scope, own: NumVar[], rank?: number): Scope {
    const below = <T extends { rank: number }>(list: T[]): T[] => (rank === undefined ? list : list.filter((c) => c.rank < rank))
    return {
      ...scope,
      nums: [...scope.nums.filter((v) => v.capture), ...own],
      callables: below(scope.callables),
      objects: below(scope.objects),
      jumps: [],
      top: false,
    }
  }

  // ---- expressions ------------------------------------------------------------------------

  private expr(e: Expr, scope: Scope): string {
    switch (e.k) {
      case 'lit':
        return String(e.n)
      case 'ref':
        return pickFrom(scope.nums, e.pick)?.name ?? String(e.pick % 10)
      case 'bin':
        return `(${this.expr(e.l, scope)} ${e.op} ${this.expr(e.r, scope)})`
      case 'neg':
        return `(-${this.expr(e.e, scope)})`
      case 'cond':
        return `(${this.cond(e.c, scope)} ? ${this.expr(e.t, scope)} : ${this.expr(e.f, scope)})`
      case 'logic':
        return `(${this.operand(e.l, scope)} ${e.op} ${this.expr(e.r, scope)})`
      case 'nullish':
        return `(${this.use('maybe')}(${this.expr(e.l, scope)}) ?? ${this.expr(e.r, scope)})`
      case 'optional':
        return `(${this.use('box')}(${this.expr(e.l, scope)})?.v ?? ${this.expr(e.r, scope)})`
      case 'helper':
        return `${this.use(e.h)}(${this.expr(e.arg, scope)}, log)`
      case 'variadic':
        return `${this.use('bv')}(log${e.items.length > 0 ? ', ' : ''}${this.items(e.items, scope)})`
      case 'sum':
        return `${this.use('sum')}(${this.items(e.items, scope)})`
      case 'index':
        // Typed: `[...[]]` alone is a never[], whose element TypeScript will not let a number be assigned over.
        return `(([${this.items(e.items, scope) || '0'}] as number[])[${e.index}] ?? 0)`
      case 'pair':
        return `${this.use('pair')}({ p: ${this.expr(e.p, scope)}, ...{ q: ${this.expr(e.q, scope)} } })`
      case 'template':
        return `\`${e.parts.map((p) => `\${${this.expr(p, scope)}}`).join('|')}\`.length`
      case 'comma':
        return `(VT_yield(), ${this.expr(e.e, scope)})`
      case 'assign': {
        const target = this.writable(scope, e.pick)
        return target ? `(${target} ${e.op} ${this.expr(e.e, scope)})` : this.expr(e.e, scope)
      }
      case 'update': {
        const target = this.writable(scope, e.pick)
        return target ? (e.prefix ? `(${e.op}${target})` : `(${target}${e.op})`) : String(e.pick % 10)
      }
      case 'call':
        return `${this.callee(e.pick, scope)}(${this.expr(e.arg, scope)}, log)`
      case 'closure': {
        const c = pickFrom(scope.callables, e.pick)
        return c ? c.call(this.expr(e.arg, scope)) : `${this.use('b')}(${this.expr(e.arg, scope)}, log)`
      }
      case 'method': {
        const o = pickFrom(scope.objects, e.pick)
        return o ? `${o.name}.m(${this.expr(e.arg, scope)})` : `${this.use('b')}(${this.expr(e.arg, scope)}, log)`
      }
      case 'prop': {
        const o = pickFrom(scope.objects, e.pick)
        return o ? `${o.name}.v` : this.expr({ k: 'ref', pick: e.pick }, scope)
      }
      case 'spawnJoin':
        return `VT_join(VT_spawn(${this.callee(e.pick, scope)}, ${this.expr(e.arg, scope)}, log))`
    }
  }

  /** The left operand of && and ||: one TypeScript finds always truthy is a type error. */
  private operand(e: Expr, scope: Scope): string {
    const text = this.expr(e, scope)
    return NOT_ALWAYS_TRUTHY.has(e.k) ? text : `Number(${text})`
  }

  /** A function `(n: number, log: string[]) => number`: an earlier generated function, or `b`. */
  private callee(pick: number, scope: Scope): string {
    return scope.fns > 0 ? `f${pick % scope.fns}` : this.use('b')
  }

  private writable(scope: Scope, pick: number): string | undefined {
    return pickFrom(
      scope.nums.filter((v) => v.write),
      pick,
    )?.name
  }

  private items(items: Item[], scope: Scope): string {
    return items.map((i) => (i.k === 'one' ? this.expr(i.e, scope) : `...[${i.es.map((e) => this.expr(e, scope)).join(', ')}]`)).join(', ')
  }

  private cond(c: Cond, scope: Scope): string {
    switch (c.k) {
      case 'cmp': {
        // Number(): a literal-typed operand (`const v = 3`) must not make `v === 4` a type error.
        const r = c.op === '===' || c.op === '!==' ? `Number(${this.expr(c.r, scope)})` : this.expr(c.r, scope)
        return `(${this.expr(c.l, scope)} ${c.op} ${r})`
      }
      case 'not':
        return `(!${this.cond(c.c, scope)})`
      case 'both':
        return `(${this.cond(c.l, scope)} ${c.op} ${this.cond(c.r, scope)})`
    }
  }
}

function pickFrom<T>(list: readonly T[], pick: number): T | undefined {
  return list.length === 0 ? undefined : list[pick % list.length]
}
