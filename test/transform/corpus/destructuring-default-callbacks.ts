// Callbacks given as defaults of destructured names — options objects as libraries read them
// (fast-check's `const { beforeEach = dummyHook } = …`) — called from a thread: the default
// reaches the call whether the option is set or not.
import { VT_yield } from 'vtify/runtime'

interface Options {
  onStep?: (x: number) => number
  onEnd?: (total: number) => string
}

function run(log: string[], options: Options, n: number): string {
  const step = (x: number): number => {
    VT_yield()
    log.push(`default step ${x}`)
    return x + 1
  }
  const { onStep = step, onEnd = (total: number): string => `ended at ${total}` } = options
  let total = 0
  for (let i = 0; i < n; i++) total += onStep(i)
  return onEnd(total)
}

function finish({ onEnd = (total: number): string => (VT_yield(), `finished ${total}`) }: Options, total: number): string {
  return onEnd(total)
}

export function main(log: string[]): number {
  log.push(run(log, {}, 3))
  log.push(
    run(log, {
      onStep: (x) => {
        VT_yield()
        log.push(`given step ${x}`)
        return x * 10
      },
    }, 2),
  )
  log.push(finish({}, 5), finish({ onEnd: (t) => `given end ${t}` }, 6))
  let later: ((x: number) => number) | undefined
  ;[later = (x: number): number => (VT_yield(), x - 1)] = []
  log.push(`later ${later(9)}`)
  return 0
}
