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

export type Cond =
  | { k: 'cmp'; op: '<' | '>' | '===' | '!=='; l: Expr; r: Expr }
  | { k: 'not'; c: Cond }
  | { k: 'both'; op: '&&' | '||'; l: Cond; r: Cond }

export type Stmt =
  | { k: 'decl'; kind: 'let' | 'const' | 'var'; e: Expr }
  /**
   * `const [a, b = d] = [e, maybe(e)]`, `const { p: a, q: b } = …`, `let [a, ...rest] = …`.
   */
  | { k: 'destructure'; form: 'array' | 'object' | 'rest'; es: Expr[]; fallback: Expr | null }
  | { k: 'assign'; pick: number; op: AssignOp; e: Expr }
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
  /** `const c = (n: number): number => { body; return e }`: captures consts only. */
  | { k: 'closure'; body: Stmt[]; e: Expr }
  /**
   * `const o = { v: init, m(n: number): number { body; return this.v + e } }`; init is plain
   * (vtify does not support a boundary in an object literal with methods) and captured.
   */
  | { k: 'object'; init: Expr; body: Stmt[]; e: Expr }
  | { k: 'block'; body: Stmt[] }
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

/** A function `f<j>(n: number, log: string[]): number`; the last one of a program is `main`. */
export interface Fn {
  body: Stmt[]
  ret: Expr
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
