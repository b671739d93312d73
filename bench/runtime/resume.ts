// Resume cost: how long it takes to suspend a thread and throw to the next one.
// vtify's VT_yield loop — hand-written in the transform's shape (spin.ts) and compiled by vtify
// from blocking source (blocking/spin.ts) — vs the same loop with `await` (a microtask per
// resume) vs generators driven by a FIFO round-robin scheduler (the loops: resume-runners.ts),
// with 1 and 10,000 threads; then VT_await of a settled promise against `await` of it (blocking/
// await-spin.ts), with 1 and 10,000 threads; then 10,000 threads of eight kinds (blocking/spin-kinds.ts), as a
// real program has. vtify runs with its default scheduling, with a host turn at every queue swap
// (the rule before 2026-12-06), and with throwsPerHostTurn 1024. Prints ns per resume and the
// ratios. Run: npm run bench:resume

import { VT_configure } from '../../runtime/index.js'
import { importCompiled } from './compiled.js'
import { awaitLoop, everySwap, floorLoop, generatorLoop, settledAwaitLoop, vtify, type Runner } from './resume-runners.js'
import { spin } from './spin.js'

const compiled = await importCompiled<{ spin: (n: number) => number }>('blocking/spin.js')
const awaiting = await importCompiled<{ awaitSpin: (n: number) => number }>('blocking/await-spin.js')
const kindsModule = await importCompiled<Record<`spin${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8}`, (n: number) => number>>('blocking/spin-kinds.js')
const kinds = [
  kindsModule.spin1,
  kindsModule.spin2,
  kindsModule.spin3,
  kindsModule.spin4,
  kindsModule.spin5,
  kindsModule.spin6,
  kindsModule.spin7,
  kindsModule.spin8,
]

const RESUMES = 2_000_000
const REPEATS = 5

/** Best ns per resume of each runner; the runners take turns, so that a busy spell of the machine does not fall on one of them only. */
async function nsPerResume(runs: readonly Runner[], threads: number): Promise<number[]> {
  const perThread = RESUMES / threads
  const best = runs.map(() => Infinity)
  for (let r = 0; r < REPEATS; r++) {
    for (const [i, run] of runs.entries()) {
      const start = process.hrtime.bigint()
      await run(threads, perThread)
      best[i] = Math.min(best[i]!, Number(process.hrtime.bigint() - start) / RESUMES)
    }
  }
  return best
}

async function main(): Promise<void> {
  console.log(`resume cost, ${RESUMES.toLocaleString('en')} resumes per run, best of ${REPEATS}, variants taking turns (node ${process.version})`)
  for (const threads of [1, 10_000]) {
    VT_configure({ throwsPerHostTurn: 0 })
    const [byDefault, compiledByDefault, awaited, generated, floor] = (await nsPerResume(
      [vtify(spin), vtify(compiled.spin), awaitLoop, generatorLoop, floorLoop],
      threads,
    )) as [number, number, number, number, number]
    const [atEverySwap, compiledAtEverySwap] = (await nsPerResume([everySwap(vtify(spin)), everySwap(vtify(compiled.spin))], threads)) as [number, number]
    VT_configure({ throwsPerHostTurn: 1024 })
    const [batched, compiledBatched] = (await nsPerResume([vtify(spin), vtify(compiled.spin)], threads)) as [number, number]
    VT_configure({ throwsPerHostTurn: 0 })
    const row = (name: string, ns: number, ratios = ''): string => `  ${name.padEnd(42)} ${ns.toFixed(1).padStart(7)} ns${ratios}`
    const ratios = (ns: number): string => `   await/vtify ${(awaited / ns).toFixed(2)}×   generator/vtify ${(generated / ns).toFixed(2)}×`
    const handWritten = (ns: number, hand: number): string => `${ratios(ns)}   compiled/hand-written ${(ns / hand).toFixed(2)}×`
    console.log(`\n${threads.toLocaleString('en')} thread${threads === 1 ? '' : 's'}:`)
    console.log(row('vtify VT_yield (default)', byDefault, ratios(byDefault)))
    console.log(row('  vtify compiled, same', compiledByDefault, handWritten(compiledByDefault, byDefault)))
    console.log(row('vtify VT_yield (host turn every swap)', atEverySwap, ratios(atEverySwap)))
    console.log(row('  vtify compiled, same', compiledAtEverySwap, handWritten(compiledAtEverySwap, atEverySwap)))
    console.log(row('vtify VT_yield (throwsPerHostTurn 1024)', batched, ratios(batched)))
    console.log(row('  vtify compiled, same', compiledBatched, handWritten(compiledBatched, batched)))
    console.log(row('await loop', awaited))
    console.log(row('generator loop (FIFO scheduler)', generated))
    console.log(
      row(
        'floor (rings + switch, no runtime)',
        floor,
        `   vtify/floor ${(byDefault / floor).toFixed(2)}×   compiled/floor ${(compiledByDefault / floor).toFixed(2)}×`,
      ),
    )
  }
  for (const threads of [1, 10_000]) {
    const [vtifyAwait, asyncAwait] = (await nsPerResume([vtify(awaiting.awaitSpin), settledAwaitLoop], threads)) as [number, number]
    console.log(`\n${threads.toLocaleString('en')} thread${threads === 1 ? '' : 's'} awaiting a settled promise in a loop, default:`)
    console.log(`  ${'vtify compiled VT_await'.padEnd(42)} ${vtifyAwait.toFixed(1).padStart(7)} ns   await/vtify ${(asyncAwait / vtifyAwait).toFixed(2)}×`)
    console.log(`  ${'async function, await'.padEnd(42)} ${asyncAwait.toFixed(1).padStart(7)} ns`)
  }
  // Last: once the runtime has thrown to eight classes of continuation, its property reads of a
  // continuation stay megamorphic for the rest of the process (docs/benchmarks.md, "Many kinds of thread").
  const [mixed, awaited] = (await nsPerResume([vtify(...kinds), awaitLoop], 10_000)) as [number, number]
  console.log(`\n10,000 threads of ${kinds.length} kinds (compiled, a continuation class each), default:`)
  console.log(`  ${'vtify compiled'.padEnd(42)} ${mixed.toFixed(1).padStart(7)} ns   await/vtify ${(awaited / mixed).toFixed(2)}×`)
  console.log(`  ${'await loop'.padEnd(42)} ${awaited.toFixed(1).padStart(7)} ns`)
}

await main()
