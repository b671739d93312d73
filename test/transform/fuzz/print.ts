// A generated AST to TypeScript source. References (`pick`) are resolved against the scope at
// the point of printing, so any tree prints as a well-typed program: a reference with nothing to
// refer to prints as a literal or a helper call instead. Declarations get fresh names (v1, c2, …).

import type { Cond, Expr, Fn, Item, Program, StashInto, Stmt } from './ast.js'
import { prelude, type Helper } from './prelude.js'

interface NumVar {
  name: string
  /** Generated code may assign it (loop counters and consts: no). */
  write: boolean
  /** A closure may read it: vtify copies captured locals, exact only for never-reassigned ones. */
  capture: boolean
}

/** A statement `break`/`continue` may leave: a loop or a switch, with its label if any. */
interface JumpTarget {
  label: string | null
  loop: boolean
}

interface Scope {
  nums: NumVar[]
  closures: string[]
  objects: string[]
  /** f0 … f<fns-1> may be called (never a later one: no recursion among multistate functions). */
  fns: number
  jumps: JumpTarget[]
}

/**
 * Expressions TypeScript never finds always truthy by their syntax; the others (a literal, or
 * one where the value may come from: `a ?? 5`, `c ? 1 : 2`, `(f(), 3)`) can be.
 */
const NOT_ALWAYS_TRUTHY = new Set<Expr['k']>(['ref', 'bin', 'helper', 'variadic', 'sum', 'index', 'pair', 'template', 'call', 'closure', 'method', 'prop', 'spawnJoin'])

/** Expressions printed as a call statement; the others under `void` (never starting with a bracket). */
const CALLS = new Set<Expr['k']>(['helper', 'variadic', 'call', 'closure', 'method', 'spawnJoin'])

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
  private readonly used = new Set<Helper>()
  /** The function being printed keeps closures in its array `cs`. */
  private stashed = false

  program(p: Program): string {
    const fns = p.fns.map((fn, j) => this.fn(`function f${j}(n: number, log: string[]): number`, fn, j, null))
    const main = this.fn('export function main(log: string[]): number', p.main, p.fns.length, p.seed)
    return [prelude(this.used), ...fns, main].join('\n\n') + '\n'
  }

  private fn(head: string, fn: Fn, fns: number, seed: number | null): string {
    const scope: Scope = { nums: [{ name: 'n', write: false, capture: true }], closures: [], objects: [], fns, jumps: [] }
    // main logs first, so that every program logs something besides its outcome (differential.test.ts).
    const first = seed === null ? [] : [`  const n = ${seed};`, '  log.push(`main ${n}`);']
    this.stashed = false
    const body = this.stmts(fn.body, scope, '  ')
    const ret = this.expr(fn.ret, scope)
    const stash = this.stashed ? STASHES : []
    return [`${head} {`, ...first, ...stash, ...body, `  return ${ret};`, '}'].join('\n')
  }

  private fresh(prefix: string): string {
    return `${prefix}${++this.id}`
  }

  private use(h: Helper): string {
    this.used.add(h)
    return h
  }

  // ---- statements -------------------------------------------------------------------------

  /** A statement list; declarations are in scope for the statements after them. */
  private stmts(list: Stmt[], outer: Scope, ind: string): string[] {
    const scope: Scope = { ...outer, nums: [...outer.nums], closures: [...outer.closures], objects: [...outer.objects] }
    return list.flatMap((s) => this.stmt(s, scope, ind))
  }

  private block(list: Stmt[], scope: Scope, ind: string): string[] {
    return this.stmts(list, scope, ind + '  ')
  }

  /** Prints s, adding what it declares to `scope`. */
  private stmt(s: Stmt, scope: Scope, ind: string): string[] {
    switch (s.k) {
      case 'decl': {
        const name = this.fresh('v')
        const line = `${ind}${s.kind} ${name} = ${this.expr(s.e, scope)};`
        scope.nums.push({ name, write: s.kind !== 'const', capture: s.kind === 'const' })
        return [line]
      }
      case 'destructure':
        return this.destructure(s, scope, ind)
      case 'assign': {
        const target = this.writable(scope, s.pick)
        return [target ? `${ind}${target} ${s.op} ${this.expr(s.e, scope)};` : `${ind}${this.exprStmt(s.e, scope)}`]
      }
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
        const { label, inner } = this.loop(s.label, scope, { name: x, write: false, capture: true })
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
        const p = this.fresh('p')
        const inner = this.nested(scope, [{ name: p, write: false, capture: true }])
        const body = s.body.length === 0 ? this.expr(s.e, inner) : this.funcBody(s.body, s.e, inner, ind)
        scope.closures.push(c)
        return [`${ind}const ${c} = (${p}: number): number => ${body};`]
      }
      case 'object': {
        const o = this.fresh('o')
        const p = this.fresh('p')
        const inner = this.nested(scope, [{ name: p, write: false, capture: true }, { name: 'this.v', write: true, capture: false }])
        const method = `m(${p}: number): number ${this.funcBody(s.body, s.e, inner, ind, 'this.v')}`
        const line = `${ind}const ${o} = { v: ${this.expr(s.init, this.nested(scope, []))}, ${method} };`
        scope.objects.push(o)
        return [line]
      }
      case 'block':
        return [`${ind}{`, ...this.block(s.body, scope, ind), `${ind}}`]
      case 'stash': {
        const p = this.fresh('p')
        const value = this.expr(s.e, this.nested(scope, [{ name: p, write: false, capture: true }]))
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
        const [c, m, r] = [this.fresh('c'), this.fresh('m'), this.fresh('r')]
        this.stashed = true
        const arg = this.expr(s.arg, scope)
        return [
          `${ind}for (const ${c} of cs) log.push(\`${c} \${${c}(${arg})}\`);`,
          `${ind}for (const ${m} of ms.keys()) log.push(\`${m} \${ms.get(${m})!(${arg})}\`);`,
          `${ind}for (const ${r} of Object.keys(rs)) log.push(\`${r} \${rs[${r}]!(${arg})}\`);`,
        ]
      }
    }
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
      line = `const [${names.slice(0, last).map((n) => `${n}, `).join('')}...${names[last]}] = [${values.join(', ')}]`
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

  /** while / do…while under a counter no generated code writes: at most `n` iterations. */
  private counted(s: Extract<Stmt, { k: 'while' | 'do' }>, scope: Scope, ind: string): string[] {
    const w = this.fresh(s.k === 'while' ? 'w' : 'u')
    const { label, inner } = this.loop(s.label, scope, { name: w, write: false, capture: false })
    const test = `${w} < ${s.n}${s.c ? ` && ${this.cond(s.c, inner)}` : ''}`
    const body = [`${ind}    ${w}++;`, ...this.block(s.body, inner, ind + '  ')]
    const loop =
      s.k === 'while'
        ? [`${ind}  ${label}while (${test}) {`, ...body, `${ind}  }`]
        : [`${ind}  ${label}do {`, ...body, `${ind}  } while (${test});`]
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
      out.push(`${ind}} catch (${e}) {`, `${ind}  log.push(\`${e} \${String(${e})}\`);`, ...this.block(s.handler ?? [], scope, ind))
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
  private funcBody(body: Stmt[], ret: Expr, scope: Scope, ind: string, base?: string): string {
    const value = base ? `${base} + ${this.expr(ret, scope)}` : this.expr(ret, scope)
    return ['{', ...this.block(body, scope, ind), `${ind}  return ${value};`, `${ind}}`].join('\n')
  }

  /** The scope of a closure: what it may capture, its own variables, no jump targets. */
  private nested(scope: Scope, own: NumVar[]): Scope {
    return { ...scope, nums: [...scope.nums.filter((v) => v.capture), ...own], jumps: [] }
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
        return `([${this.items(e.items, scope) || '0'}][${e.index}] ?? 0)`
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
      case 'call':
        return `${this.callee(e.pick, scope)}(${this.expr(e.arg, scope)}, log)`
      case 'closure': {
        const c = pickFrom(scope.closures, e.pick)
        return c ? `${c}(${this.expr(e.arg, scope)})` : `${this.use('b')}(${this.expr(e.arg, scope)}, log)`
      }
      case 'method': {
        const o = pickFrom(scope.objects, e.pick)
        return o ? `${o}.m(${this.expr(e.arg, scope)})` : `${this.use('b')}(${this.expr(e.arg, scope)}, log)`
      }
      case 'prop': {
        const o = pickFrom(scope.objects, e.pick)
        return o ? `${o}.v` : this.expr({ k: 'ref', pick: e.pick }, scope)
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
