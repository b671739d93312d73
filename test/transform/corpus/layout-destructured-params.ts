// Destructured parameters (object and array patterns, defaults, rest) of multistate functions,
// called by name in CPS, through a value, and started as a thread.
import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'

interface Job {
  name: string
  size?: number
  tags: string[]
}

function describe({ name, size = 1, tags: [first, ...others] }: Job, log: string[]): string {
  VT_yield()
  log.push(`describe ${name} ${size} ${String(first)} ${others.length}`)
  return `${name}:${size}`
}

const pair = ([a, b]: [number, number], { scale } = { scale: 10 }): number => {
  VT_yield()
  return (a + b) * scale
}

export function main(log: string[]): string {
  const one = describe({ name: 'one', tags: ['x', 'y', 'z'] }, log)
  const two = describe({ name: 'two', size: 5, tags: [] }, log)
  const t = VT_spawn(pair, [1, 2], { scale: 3 })
  const three = pair([4, 5])
  log.push(`pair ${three}`)
  return `${one} ${two} ${VT_join(t)} ${three}`
}
