// Call cost: a multistate function that usually runs to its end without suspending (it yields
// on every 1,000th call), called in a loop from a thread — as a module function, a class method,
// a method of another module's class, a closure, an arrow reading `this`, a method reading
// `arguments` and an interface method, compiled by vtify from
// blocking/calls.ts — against the same loop with async/await and with generators (`yield*`). Prints ns per call and the ratios; the
// budget (issue 11) is method and closure within 1.5× of the module function.
// Run: npm run bench:calls (SMOKE=1: one short round).

import { VT_run } from '../../runtime/index.js'
import { importCompiled } from './compiled.js'

interface Compiled {
  viaFunction(n: number): number
  viaMethod(n: number): number
  viaOtherModule(n: number): number
  viaClosure(n: number): number
  viaThisArrow(n: number): number
  viaArgumentsMethod(n: number): number
  viaInterface(n: number): number
}

const compiled = await importCompiled<Compiled>('blocking/calls.js')
const smoke = process.env.SMOKE === '1' || process.argv.includes('--smoke')
const CALLS = smoke ? 30_000 : 1_000_000
const REPEATS = smoke ? 1 : 7
const EVERY = 1000

type Runner = () => Promise<unknown>

const thread =
  (f: (n: number) => number): Runner =>
  () =>
    VT_run(f, CALLS)

async function stepAsync(x: number): Promise<number> {
  if (x % EVERY === 0) await undefined
  return x + 1
}

async function viaAwait(): Promise<number> {
  let s = 0
  for (let i = 0; i < CALLS; i++) s = await stepAsync(s)
  return s
}

function* stepGenerator(x: number): Generator<void, number> {
  if (x % EVERY === 0) yield
  return x + 1
}

function* loopGenerator(): Generator<void, number> {
  let s = 0
  for (let i = 0; i < CALLS; i++) s = yield* stepGenerator(s)
  return s
}

async function viaGenerator(): Promise<void> {
  const g = loopGenerator()
  while (!g.next().done) await undefined
}

/** Best ns per call of each runner; they take turns, so a busy spell of the machine does not fall on one only. */
async function nsPerCall(runs: readonly Runner[]): Promise<number[]> {
  const best = runs.map(() => Infinity)
  for (let r = 0; r < REPEATS; r++) {
    for (const [i, run] of runs.entries()) {
      const start = process.hrtime.bigint()
      await run()
      best[i] = Math.min(best[i]!, Number(process.hrtime.bigint() - start) / CALLS)
    }
  }
  return best
}

const names = [
  'vtify module function',
  'vtify class method',
  "vtify other module's class method",
  'vtify closure in a local',
  "vtify arrow reading its creator's this",
  'vtify method reading arguments',
  'vtify interface method (2 classes)',
  'async/await',
  'generators (yield*)',
]
const runs = [
  thread(compiled.viaFunction),
  thread(compiled.viaMethod),
  thread(compiled.viaOtherModule),
  thread(compiled.viaClosure),
  thread(compiled.viaThisArrow),
  thread(compiled.viaArgumentsMethod),
  thread(compiled.viaInterface),
  viaAwait,
  viaGenerator,
]
console.log(
  `call cost, ${CALLS.toLocaleString('en')} calls per run (a suspension every ${EVERY}), best of ${REPEATS}, variants taking turns (node ${process.version})`,
)
const ns = await nsPerCall(runs)
const base = ns[0]!
for (const [i, name] of names.entries())
  console.log(`  ${name.padEnd(40)} ${ns[i]!.toFixed(1).padStart(7)} ns   ÷ module function ${(ns[i]! / base).toFixed(2)}×`)
