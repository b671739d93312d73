// fast-check arbitraries of generated programs (ast.ts). State boundaries — multistate helper
// calls, VT_yield, threads, calls of earlier functions, closures and methods — are weighted up so
// that most statements and expressions hold one. Recursion is bounded by depth; oneof's first
// option is always a leaf, so shrinking a tree moves it towards the leaves.

import fc from 'fast-check'
import type { AssignOp, Cond, Expr, Fn, FnForm, HoldCall, Item, NamedForm, Program, StashInto, Stmt } from './ast.js'

const pick = fc.nat(7)
const small = fc.integer({ min: 0, max: 9 })
const bound = fc.integer({ min: 0, max: 3 })
const assignOp = fc.constantFrom<AssignOp>('=', '+=', '-=', '*=', '||=', '&&=')
const fnForm = fc.constantFrom<FnForm>('arrow', 'function')

const EXPR_DEPTH = { depthIdentifier: 'expr', maxDepth: 2, depthSize: 'small', withCrossShrink: true } as const
const STMT_DEPTH = { depthIdentifier: 'stmt', maxDepth: 2, depthSize: 'small', withCrossShrink: true } as const

// A type alias, not an interface: letrec's typed overload needs an index-compatible record.
type Arbs = {
  expr: Expr
  /** Without state boundaries, for the places vtify does not support one (VT2002). */
  plain: Expr
  cond: Cond
  item: Item
  stmt: Stmt
  block: Stmt[]
}

const arbs = fc.letrec<Arbs>((tie) => {
  const expr = tie('expr')
  const plain = tie('plain')
  const cond = tie('cond')
  const item = tie('item')
  const block = tie('block')
  const items = fc.array(item, { maxLength: 3 })
  // For the parts of the constructs with several bodies, so that a program stays about as long.
  const short = fc.array(tie('stmt'), { maxLength: 1 })
  const label = fc.boolean()
  return {
    expr: fc.oneof(
      EXPR_DEPTH,
      { arbitrary: fc.oneof(fc.record({ k: fc.constant('lit'), n: small }), fc.record({ k: fc.constant('ref'), pick })), weight: 3 },
      { arbitrary: fc.record({ k: fc.constant('helper'), h: fc.oneof({ arbitrary: fc.constant('b'), weight: 3 }, fc.constant('bt')), arg: expr }), weight: 5 },
      fc.record({ k: fc.constant('bin'), op: fc.constantFrom('+', '-', '*'), l: expr, r: expr }),
      fc.record({ k: fc.constant('neg'), e: expr }),
      fc.record({ k: fc.constant('cond'), c: cond, t: expr, f: expr }),
      fc.record({ k: fc.constant('logic'), op: fc.constantFrom('&&', '||'), l: expr, r: expr }),
      fc.record({ k: fc.constant('nullish'), l: expr, r: expr }),
      fc.record({ k: fc.constant('optional'), l: expr, r: expr }),
      fc.record({ k: fc.constant('variadic'), items }),
      fc.record({ k: fc.constant('sum'), items }),
      fc.record({ k: fc.constant('index'), items, index: fc.nat(3) }),
      fc.record({ k: fc.constant('pair'), p: expr, q: expr }),
      fc.record({ k: fc.constant('template'), parts: fc.array(expr, { minLength: 1, maxLength: 3 }) }),
      fc.record({ k: fc.constant('comma'), e: expr }),
      { arbitrary: fc.record({ k: fc.constant('assign'), pick, op: assignOp, e: expr }), weight: 2 },
      fc.record({ k: fc.constant('update'), pick, op: fc.constantFrom<'++' | '--'>('++', '--'), prefix: fc.boolean() }),
      { arbitrary: fc.record({ k: fc.constant('call'), pick, arg: expr }), weight: 3 },
      { arbitrary: fc.record({ k: fc.constant('closure'), pick, arg: expr }), weight: 2 },
      { arbitrary: fc.record({ k: fc.constant('method'), pick, arg: expr }), weight: 2 },
      fc.record({ k: fc.constant('prop'), pick }),
      fc.record({ k: fc.constant('spawnJoin'), pick, arg: expr }),
    ),
    plain: fc.oneof(
      EXPR_DEPTH,
      fc.record({ k: fc.constant('lit'), n: small }),
      fc.record({ k: fc.constant('ref'), pick }),
      fc.record({ k: fc.constant('bin'), op: fc.constantFrom('+', '-', '*'), l: plain, r: plain }),
    ),
    cond: fc.oneof(
      EXPR_DEPTH,
      { arbitrary: fc.record({ k: fc.constant('cmp'), op: fc.constantFrom('<', '>', '===', '!=='), l: expr, r: expr }), weight: 4 },
      fc.record({ k: fc.constant('not'), c: cond }),
      fc.record({ k: fc.constant('both'), op: fc.constantFrom('&&', '||'), l: cond, r: cond }),
    ),
    item: fc.oneof(
      { arbitrary: fc.record({ k: fc.constant('one'), e: expr }), weight: 3 },
      fc.record({ k: fc.constant('spread'), es: fc.array(expr, { maxLength: 2 }) }),
    ),
    block: fc.array(tie('stmt'), { maxLength: 2 }),
    stmt: fc.oneof(
      STMT_DEPTH,
      {
        arbitrary: fc.oneof(
          // Fewer returns and throws than the rest: each ends what follows it (a program's behaviour).
          { arbitrary: fc.record({ k: fc.constant('decl'), kind: fc.constantFrom('let', 'const', 'var'), e: expr }), weight: 3 },
          { arbitrary: fc.record({ k: fc.constant('assign'), pick, op: assignOp, e: expr }), weight: 2 },
          fc.record({
            k: fc.constant('assignPattern'),
            form: fc.constantFrom<'array' | 'object'>('array', 'object'),
            picks: fc.array(pick, { minLength: 1, maxLength: 2 }),
            es: fc.array(expr, { minLength: 1, maxLength: 2 }),
            fallback: fc.option(expr),
          }),
          { arbitrary: fc.record({ k: fc.constant('log'), es: fc.array(expr, { minLength: 1, maxLength: 2 }) }), weight: 3 },
          fc.record({ k: fc.constant('yield') }),
          { arbitrary: fc.record({ k: fc.constant('expr'), e: expr }), weight: 2 },
          fc.record({ k: fc.constant('jump'), cont: fc.boolean(), pick }),
          fc.record({ k: fc.constant('return'), e: expr }),
          fc.record({ k: fc.constant('throw'), e: expr }),
          fc.record({
            k: fc.constant('destructure'),
            form: fc.constantFrom('array', 'object', 'rest'),
            es: fc.array(expr, { minLength: 1, maxLength: 3 }),
            fallback: fc.option(expr),
          }),
        ),
        weight: 6,
      },
      fc.record({ k: fc.constant('if'), c: cond, then: block, else: fc.option(block) }),
      fc.record({ k: fc.constant('while'), n: bound, c: fc.option(cond), body: block, label }),
      fc.record({ k: fc.constant('do'), n: bound, c: fc.option(cond), body: block, label }),
      fc.record({ k: fc.constant('for'), n: bound, body: block, label }),
      fc.record({ k: fc.constant('forOf'), items, body: block, label }),
      fc.record({ k: fc.constant('forIn'), p: expr, q: expr, body: block, label }),
      fc.record({
        k: fc.constant('switch'),
        e: expr,
        cases: fc.array(fc.record({ body: block, brk: fc.boolean() }), { minLength: 1, maxLength: 3 }),
        dflt: fc.nat(3),
      }),
      { arbitrary: fc.record({ k: fc.constant('try'), body: block, handler: fc.option(block), finalizer: fc.option(block) }), weight: 2 },
      fc.record({ k: fc.constant('thread'), pick, arg: expr, arrow: fc.option(block), body: block }),
      fc.record({ k: fc.constant('closure'), fn: fnForm, body: block, e: expr, rebound: fc.boolean() }),
      fc.record({ k: fc.constant('object'), init: plain, body: block, e: expr, spawn: fc.option(fc.record({ k: fc.constant('spawnMethod'), arg: expr })) }),
      fc.record({ k: fc.constant('block'), body: block }),
      fc.record({ k: fc.constant('using'), e: expr, body: block }),
      fc.record({ k: fc.constant('stash'), e: expr, into: fc.constantFrom<StashInto>('index', 'push', 'map', 'record') }),
      fc.record({ k: fc.constant('runStash'), arg: expr }),
      fc.record({ k: fc.constant('hold'), e: expr, arg: expr, call: fc.constantFrom<HoldCall>('run', 'getter', 'bound') }),
      // Closures, nested declarations, accessors and function names (docs/transform.md, "Closures inside multistate functions").
      fc.record({
        k: fc.constant('fnDecl'),
        body: block,
        e: expr,
        early: fc.option(expr),
        tdz: fc.boolean(),
        next: fc.option(plain),
        replace: fc.option(fc.record({ k: fc.constant('replace'), fn: fnForm, body: short, e: expr })),
      }),
      fc.record({ k: fc.constant('classDecl'), field: plain, body: short, e: expr, untyped: fc.boolean() }),
      fc.record({
        k: fc.constant('perIter'),
        loop: fc.constantFrom('for', 'forOf', 'while'),
        // At least one iteration (a closure per iteration is the point).
        n: fc.integer({ min: 1, max: 3 }),
        items: fc.array(item, { minLength: 1, maxLength: 3 }),
        init: expr,
        pre: short,
        fn: fnForm,
        body: short,
        e: expr,
        post: short,
        arg: expr,
      }),
      fc.record({ k: fc.constant('accessor'), init: plain, op: assignOp, e: expr, key: fc.boolean() }),
      fc.record({
        k: fc.constant('named'),
        form: fc.constantFrom<NamedForm>('let', 'assign', 'pattern', 'nullish', 'prop'),
        fn: fnForm,
        body: short,
        e: expr,
        yield: fc.boolean(),
      }),
      fc.record({ k: fc.constant('constWrite'), pick, op: fc.constantFrom<'=' | '+='>('=', '+='), e: expr, closure: fc.boolean() }),
    ),
  }
})

const fn: fc.Arbitrary<Fn> = fc.record({
  body: fc.array(arbs.stmt, { minLength: 1, maxLength: 3 }),
  ret: arbs.expr,
  dflt: fc.option(fc.record({ k: fc.constant('dflt' as const), e: arbs.expr })),
})

/** A whole program: up to three functions f0… (each may call the earlier ones) and main. */
export const programArb: fc.Arbitrary<Program> = fc.record({ fns: fc.array(fn, { maxLength: 2 }), seed: small, main: fn })
