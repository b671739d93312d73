// VT_work compiled by vtify and run on real pool threads: results, errors with both stacks, what
// cannot cross, concurrency, a pool thread that dies, and VT_cancel of a queued and a running job.
import { VT_cancel, VT_configureWork, VT_join, VT_sleep, VT_spawn, VT_stackOf, VT_task, VT_work, VT_workStats, type VThread } from 'vtify/runtime'

type Tasks = {
  add: (a: number, b: number) => number
  fails: (message: string) => never
  block: (ms: number) => string
  primes: (n: number) => number
  exits: (code: number) => never
  returnsFunction: () => () => number
  later: (value: string) => Promise<string>
}

function attempt(log: string[], what: string, run: () => unknown): void {
  try {
    log.push(`${what}: ${String(run())}`)
  } catch (e) {
    log.push(`${what}: ${(e as Error).name}: ${(e as Error).message}`)
  }
}

function results(log: string[], tasks: string): void {
  log.push(`add: ${VT_work(VT_task<Tasks['add']>(tasks, 'add'), 2, 3)}`)
  log.push(`async result: ${VT_work(VT_task<Tasks['later']>(tasks, 'later'), 'settled')}`)
  log.push(`by source: ${VT_work((n: number) => n * 2, 21)}`)
  const factor = 3
  attempt(log, 'closure', () => VT_work((n: number) => n * factor, 1))
  attempt(log, 'method', () =>
    VT_work(
      {
        twice(n: number) {
          return 2 * n
        },
      }.twice,
      1,
    ),
  )
  attempt(log, 'argument', () => VT_work(VT_task<Tasks['add']>(tasks, 'add'), 1, (() => 1) as unknown as number))
  attempt(log, 'result', () => VT_work(VT_task<Tasks['returnsFunction']>(tasks, 'returnsFunction')))
  attempt(log, 'no export', () => VT_work(VT_task<() => number>(tasks, 'missing')))
  attempt(log, 'crash', () => VT_work(VT_task<Tasks['exits']>(tasks, 'exits'), 3))
}

function failingWork(tasks: string): void {
  VT_work(VT_task<Tasks['fails']>(tasks, 'fails'), 'no good')
}

function stacks(log: string[], tasks: string): void {
  try {
    failingWork(tasks)
  } catch (e) {
    const error = e as RangeError & { code?: string }
    log.push(`error: ${error instanceof RangeError} ${error.message} ${error.code}`)
    const stack = error.stack ?? ''
    log.push(
      `pool stack: ${/at inner \(.*tasks\.mjs/.test(stack)} ${/at fails \(.*tasks\.mjs/.test(stack)} ${/on pool thread #\d+, running fails/.test(stack)}`,
    )
    const logical = /logical stack of thread #\d+[^\n]*\n\s+at failingWork \([^\n]*\n\s+at stacks \(/
    log.push(`logical stack: ${logical.test(VT_stackOf(e) ?? '')} ${logical.test(stack)}`)
  }
}

function countPrimes(tasks: string, n: number): number {
  return VT_work(VT_task<Tasks['primes']>(tasks, 'primes'), n)
}

function concurrent(log: string[], tasks: string): void {
  const threads: VThread<number>[] = []
  for (let i = 0; i < 6; i++) threads.push(VT_spawn(countPrimes, tasks, 20_000 + i))
  let total = 0
  for (const t of threads) total += VT_join(t)
  log.push(`primes: ${total}`)
  const stats = VT_workStats()
  log.push(`pool: ${stats.threads <= 2} ${stats.queued} ${stats.busy}`)
}

function blocked(tasks: string, ms: number): string {
  return VT_work(VT_task<Tasks['block']>(tasks, 'block'), ms)
}

/** Wait (bounded) until the pool runs `busy` jobs, without a timing assertion: the loop just polls. */
function untilBusy(busy: number): void {
  for (let i = 0; i < 2000 && VT_workStats().busy < busy; i++) VT_sleep(5)
}

function cancel(log: string[], tasks: string): void {
  VT_configureWork({ maxThreads: 1 })
  const before = VT_workStats()
  const running = VT_spawn(blocked, tasks, 60_000)
  const queued = VT_spawn(blocked, tasks, 1)
  untilBusy(1)
  VT_cancel(queued)
  VT_cancel(running)
  for (const t of [queued, running]) attempt(log, 'cancelled', () => VT_join(t))
  const after = VT_workStats()
  log.push(`cancelled jobs: ${after.cancelled - before.cancelled}, queued ${after.queued}, busy ${after.busy}`)
  log.push(`after: ${blocked(tasks, 1)}`)
}

export function main(log: string[], tasks: string): string {
  VT_configureWork({ maxThreads: 2, idleMs: 200 })
  results(log, tasks)
  stacks(log, tasks)
  concurrent(log, tasks)
  cancel(log, tasks)
  return 'done'
}
