// A multistate function may not call itself: a thread's continuation has a fixed size (VT1001).
// Rewrite the walk with an explicit stack to fix it.
import { VT_run, VT_yield } from 'vtify/runtime'

interface Tree {
  value: number
  children: Tree[]
}

function sum(tree: Tree): number {
  VT_yield()
  let total = tree.value
  for (const child of tree.children) total += sum(child)
  return total
}

VT_run(() => console.log(sum({ value: 1, children: [{ value: 2, children: [] }] })))
