import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'

export function main(log: string[]): string {
  const prefix = 'w'
  const threads = []
  for (const n of [1, 2, 3]) {
    const label = `${prefix}${n}`
    threads.push(
      VT_spawn(() => {
        log.push(`${label} start`)
        VT_yield()
        log.push(`${label} after yield`)
        return label.length + n
      }),
    )
    VT_yield()
  }
  let total = 0
  for (const t of threads) total += VT_join(t) as number
  const quick = VT_spawn((x: number) => x * 10, 4)
  return `${total} ${VT_join(quick) as number}`
}
