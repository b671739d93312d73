import { VT_yield } from 'vtify/runtime'

interface Node {
  name: string
  next?: Node
  greet?(): string
}

// Optional chaining without a boundary inside it, in a multistate function, around boundaries.
export function main(log: string[]): string {
  const list: Node = { name: 'a', next: { name: 'b', greet: () => 'hi from b' } }
  VT_yield()
  const second = list.next?.name
  const third = list.next?.next?.name
  VT_yield()
  const g1 = list.greet?.()
  const g2 = list.next?.greet?.()
  log.push(`${second} ${String(third)} ${String(g1)} ${String(g2)}`)
  const arr: number[] | undefined = undefined
  return `${String(arr?.[0])}`
}
