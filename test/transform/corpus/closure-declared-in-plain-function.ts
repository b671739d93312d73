import { VT_yield, VT_spawn, VT_join } from 'vtify/runtime'

// A multistate function declared inside a function that is not multistate: registered when its
// block is entered, so it can be started before its line; in a module-level function and in a
// closure inside a multistate function.
function makeWorker(tag: string, log: string[]): ReturnType<typeof VT_spawn> {
  const t = VT_spawn(work, 2)
  function work(n: number): string {
    VT_yield()
    log.push(`work ${tag}`)
    return `${tag}${n}`
  }
  return t
}

export function main(log: string[]): string {
  const t = makeWorker('w', log)
  VT_yield()
  const start = (): ReturnType<typeof VT_spawn> => {
    function inner(): number {
      VT_yield()
      log.push('inner')
      return 5
    }
    return VT_spawn(inner)
  }
  return [VT_join(t), VT_join(start())].join(' ')
}
