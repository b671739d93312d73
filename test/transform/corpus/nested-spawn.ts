import { VT_spawn, VT_yield, VT_join } from 'vtify/runtime'

// A plain function (not multistate: VT_spawn does not suspend) that creates multistate arrows.
function startWorkers(names: string[], log: string[]): unknown[] {
  return names.map((name, i) =>
    VT_spawn(() => {
      for (let round = 0; round < 2; round++) {
        log.push(`${name} round ${round}`)
        VT_yield()
      }
      return i
    }),
  )
}

export function main(log: string[]): number {
  const workers = startWorkers(['x', 'y', 'z'], log)
  log.push('started')
  let sum = 0
  for (const w of workers) sum += VT_join(w) as number
  const inner = VT_spawn(() => {
    const t = VT_spawn(() => {
      VT_yield()
      return 100
    })
    return (VT_join(t) as number) + 1
  })
  return sum + (VT_join(inner) as number)
}
