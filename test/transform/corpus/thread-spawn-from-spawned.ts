import { VT_join, VT_spawn, VT_yield, type VThread } from 'vtify/runtime'

function leaf(name: string, log: string[]): string {
  log.push(`leaf ${name}`)
  VT_yield()
  return name
}

function branch(name: string, log: string[]): VThread<string>[] {
  log.push(`branch ${name}`)
  const kids = [VT_spawn(leaf, `${name}.1`, log), VT_spawn(leaf, `${name}.2`, log)]
  VT_yield()
  log.push(`branch ${name} after yield`)
  return kids
}

export function main(log: string[]): string {
  const b1 = VT_spawn(branch, 'x', log)
  const b2 = VT_spawn(branch, 'y', log)
  const names: string[] = []
  for (const b of [b1, b2]) for (const kid of VT_join(b)) names.push(VT_join(kid))
  return names.join(' ')
}
