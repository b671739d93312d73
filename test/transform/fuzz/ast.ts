// The small AST the fuzzer generates and shrinks. It names no variable: a reference is a `pick`
// that the printer resolves against what is in scope where it is printed (print.ts), so every
// tree — and every tree fast-check shrinks it to — prints as a well-typed program.

/** A number-valued expression. */
export type Expr =
  | { k: 'lit'; n: number }
  /** A number variable in scope (a literal when there is none). */
  | { k: 'ref'; pick: number }
  | { k: 'bin'; op: '+' | '-' | '*'; l: Expr; r: Expr }
  | { k: 'neg'; e: Expr }
  | { k: 'cond'; c: Cond; t: Expr; f: Expr }
  /** `l && r`, `l || r` on numbers. */
  | { k: 'logic'; op: '&&' | '||'; l: Expr; r: Expr }
  /** `maybe(l) ?? r`. */
  | { k: 'nullish'; l: Expr; r: Expr }
  /** `box(l)?.v ?? r`: optional chaining. */
  | { k: 'optional'; l: Expr; r: Expr }
  /** A multistate helper: `b(e, log)` logs and yields; `bt(e, log)` yields and throws when e % 4 is 3. */
  | { k: 'helper'; h: 'b' | 'bt'; arg: Expr }
  /** `bv(log, ...items)`: a multistate variadic helper (spread arguments: a dynamic call). */
  | { k: 'variadic'; items: Item[] }
  /** `sum(...items)`: a plain call with boundaries in its arguments. */
  | { k: 'sum'; items: Item[] }
  /** `([...items][index] ?? 0)`: an array literal and element access. */
  | { k: 'index'; items: Item[]; index: number }
  /** `pair({ p, ...{ q } })`: an object literal with a spread. */
  | { k: 'pair'; p: Expr; q: Expr }
  /** `` `${a}|${b}`.length ``. */
  | { k: 'template'; parts: Expr[] }
  /** `(VT_yield(), e)`. */
  | { k: 'comma'; e: Expr }
  /** `(x op= e)` on a writable variable (just `e` when there is none). */
  | { k: 'assign'; pick: number; op: AssignOp; e: Expr }
  /** `(x++)`, `(--x)`… on a writable variable (a literal when there is none): a cell, a getter/setter pair. */
  | { k: 'update'; pick: number; op: '++' | '--'; prefix: boolean }
  /** `f<j>(arg, log)`: an earlier generated function (`b` in the first one). */
  | { k: 'call'; pick: number; arg: Expr }
  /** `c(arg)`: a closure in scope. */
  | { k: 'closure'; pick: number; arg: Expr }
  /** `o.m(arg)`: a method of an object in scope, reading `this`. */
  | { k: 'method'; pick: number; arg: Expr }
  /** `o.v`. */
  | { k: 'prop'; pick: number }
  /** `VT_join(VT_spawn(f, arg, log))`: a thread started and joined at once. */
  | { k: 'spawnJoin'; pick: number; arg: Expr }

export type AssignOp = '=' | '+=' | '-=' | '*=' | '||=' | '&&='

/** An argument or array element: an expression or a spread array literal. */
export type Item = { k: 'one'; e: Expr } | { k: 'spread'; es: Expr[] }

export type Cond = { k: 'cmp'; op: '<' | '>' | '===' | '!=='; l: Expr; r: Expr } | { k: 'not'; c: Cond } | { k: 'both'; op: '&&' | '||'; l: Cond; r: Cond }

export type Stmt =
  | { k: 'decl'; kind: 'let' | 'const' | 'var'; e: Expr }
  /**
   * `const [a, b = d] = [e, maybe(e)]`, `const { p: a, q: b } = …`, `let [a, ...rest] = …`.
   */
  | { k: 'destructure'; form: 'array' | 'object' | 'rest'; es: Expr[]; fallback: Expr | null }
  | { k: 'assign'; pick: number; op: AssignOp; e: Expr }
  /**
   * `[x, y = d] = [e, maybe(e)]` or `({ p0: x, p1: y = d } = { … })` onto writable variables
   * (`picks`; cells and getter/setter pairs among them).
   */
  | { k: 'assignPattern'; form: 'array' | 'object'; picks: number[]; es: Expr[]; fallback: Expr | null }
  /** `log.push(`s<id> ${e} ${e}`)`. */
  | { k: 'log'; es: Expr[] }
  | { k: 'yield' }
  /** An expression statement (`void e` unless e is a call). */
  | { k: 'expr'; e: Expr }
  | { k: 'if'; c: Cond; then: Stmt[]; else: Stmt[] | null }
  /** Loops run at most `n` times (a counter no generated code writes); `label`: a labelled loop. */
  | { k: 'while'; n: number; c: Cond | null; body: Stmt[]; label: boolean }
  | { k: 'do'; n: number; c: Cond | null; body: Stmt[]; label: boolean }
  | { k: 'for'; n: number; body: Stmt[]; label: boolean }
  | { k: 'forOf'; items: Item[]; body: Stmt[]; label: boolean }
  | { k: 'forIn'; p: Expr; q: Expr; body: Stmt[]; label: boolean }
  /** `switch (Math.abs(e) % cases)`: case i is `i` (or `default` at `dflt`); `brk`: ends with break. */
  | { k: 'switch'; e: Expr; cases: { body: Stmt[]; brk: boolean }[]; dflt: number }
  /** break/continue: `pick` chooses among the targets in scope (nothing when there is none). */
  | { k: 'jump'; cont: boolean; pick: number }
  | { k: 'return'; e: Expr }
  | { k: 'throw'; e: Expr }
  | { k: 'try'; body: Stmt[]; handler: Stmt[] | null; finalizer: Stmt[] | null }
  /** `const t = VT_spawn(f, arg, log)` (or an arrow with `arrow`), joined in a finally around `body`. */
  | { k: 'thread'; pick: number; arg: Expr; arrow: Stmt[] | null; body: Stmt[] }
  /**
   * `const c = (p: number): number => { body; return e }` or `const c = function (this: unknown,
   * p: number): number { … }` (whose result says whether it had a `this`): reads and writes any
   * local in scope (written ones live in vtify's cells). `rebound`: `let c = …; c = c;` called
   * only through `const c2 = (p: number): number => c(p)`, which reads it from its cell — once
   * at once, with `e` as its argument, and where a later call picks it.
   */
  | { k: 'closure'; fn: FnForm; body: Stmt[]; e: Expr; rebound: boolean }
  /**
   * `const o = { v: init, m(n: number): number { body; return this.v + e } }`; init is plain
   * (vtify does not support a boundary in an object literal with methods) and captured.
   * `spawn`: then `VT_join(VT_spawn(o.m.bind(o), arg))`, the method run as a thread of its own.
   */
  | { k: 'object'; init: Expr; body: Stmt[]; e: Expr; spawn: { k: 'spawnMethod'; arg: Expr } | null }
  | { k: 'block'; body: Stmt[] }
  /**
   * `{ using u = res('u', e, log); body }`: a resource disposed of when the block ends, however it
   * ends (corpus/_fuzz.ts's res: null for some values, a dispose that throws for others).
   */
  | { k: 'using'; e: Expr; body: Stmt[] }
  /**
   * `cs[cs.length] = (p: number): number => e`, `cs.push(…)`, `ms.set(ms.size, …)` or
   * `rs[key] = …`: a closure kept in the function's array `cs`, Map `ms` or record `rs`, called later…
   */
  | { k: 'stash'; e: Expr; into: StashInto }
  /**
   * …by `for (const c of cs) log.push(`${c(arg)}`)` and the same over `ms` and `rs`: closures
   * outliving the scope they captured; those read back from the Map and the record are calls the
   * analysis matches with escaped functions by shape.
   */
  | { k: 'runStash'; arg: Expr }
  /** `const h = new Hold((p: number): number => e)`, then `h.run(arg)`, `h.fn(arg)` or `h.run.bind(h)(arg)`. */
  | { k: 'hold'; e: Expr; arg: Expr; call: HoldCall }
  /**
   * `function g(q: number): number { body; return e }`, hoisted: callable from the start of its
   * block (`early`: a call logged there), by the functions declared before it in the block and
   * by closures. `tdz`: its body sees the locals declared above its line (a call before them
   * throws a ReferenceError); otherwise only those of the block's start. `next`: a plain function
   * `function h(q: number): number { return next }` declared right after it, which it calls.
   * `replace`: before returning, it assigns its own name a new function (Babel's `_typeof` does),
   * a closure over this call's parameter: every later call runs that one.
   */
  | { k: 'fnDecl'; body: Stmt[]; e: Expr; early: Expr | null; tdz: boolean; next: Expr | null; replace: Replacement | null }
  /**
   * `class K { f = field; m(q: number): number { body; return this.f + e } }`, used as
   * `new K().m(arg)`, or `untyped`, as `(new K() as any).m(arg)`: a method called on `any`, which
   * may be every class's `m` (matched by name) — a dynamic call when some `m` is multistate.
   */
  | { k: 'classDecl'; field: Expr; body: Stmt[]; e: Expr; untyped: boolean }
  /**
   * Closures created in a loop body, kept in an array and called after the loop: per-iteration
   * bindings. `for (let i = 0, j = init; …)`, `for (let x of items)` or `while` with `let y =
   * init` in the body; `pre`, the closure (reading and writing the loop's bindings), `post`.
   */
  | {
      k: 'perIter'
      loop: 'for' | 'forOf' | 'while'
      n: number
      items: Item[]
      init: Expr
      pre: Stmt[]
      fn: FnForm
      body: Stmt[]
      e: Expr
      post: Stmt[]
      arg: Expr
    }
  /**
   * `let s = init; const o = { get g() { log…; return s }, set g(x) { log…; s = x } }; o.g op= e;`:
   * an accessor pair that logs each access; `o.g` is a writable variable from then on. `key`:
   * the compound assignment's target is `o[(VT_yield(), 'g')]`, a boundary in its key.
   */
  | { k: 'accessor'; init: Expr; op: AssignOp; e: Expr; key: boolean }
  /**
   * A function value bound so that JavaScript names it (NamedEvaluation): `let f = fn`, `f = fn`,
   * `[f = fn] = []`, `f ??= fn` or `{ f: fn }`; then (after a VT_yield with `yield`) its `.name` is
   * logged, and it is callable.
   */
  | { k: 'named'; form: NamedForm; fn: FnForm; body: Stmt[]; e: Expr; yield: boolean }
  /** `try { (c as number) op= e } catch …`, in a closure or not: assigning a const throws a TypeError. */
  | { k: 'constWrite'; pick: number; op: '=' | '+='; e: Expr; closure: boolean }

/**
 * A function `f<j>(n: number, log: string[]): number`; the last one of a program is `main`.
 * `dflt`: f<j> has a third parameter `d: number = e` that no caller passes, so the default (which
 * may reach a state boundary) runs on every call; the body reads and writes d (main has none).
 */
export interface Fn {
  body: Stmt[]
  ret: Expr
  dflt: { k: 'dflt'; e: Expr } | null
}

export interface Program {
  fns: Fn[]
  /** `main(log)` starts with `const n = seed`. */
  seed: number
  main: Fn
}

/** Where a stashed closure is kept: the flow follows the array; the Map and the record it loses. */
export type StashInto = 'index' | 'push' | 'map' | 'record'

/** How a closure kept by corpus/_fuzz.ts's Hold is called back. */
export type HoldCall = 'run' | 'getter' | 'bound'

/** The function a declaration assigns to its own name (the `fnDecl` statement). */
export interface Replacement {
  k: 'replace'
  fn: FnForm
  body: Stmt[]
  e: Expr
}

/** How a generated function value is written: an arrow or a function expression. */
export type FnForm = 'arrow' | 'function'

/** How a named function value is bound (see the `named` statement). */
export type NamedForm = 'let' | 'assign' | 'pattern' | 'nullish' | 'prop'
