import { VT_spawn, VT_join, VT_yield } from 'vtify/runtime'
import { val } from './_values.ts'

// `k` is the continuation's name in generated code; a program's own `k` — of the module, of the
// multistate function, captured by closures (read, written, multistate), a closure's parameter
// — is its own variable all the same.
let k = 10
const bumpOuter = (): number => ++k

function readsOuter(log: string[]): number {
  VT_yield()
  k += val(1, log)
  VT_yield()
  return k + bumpOuter()
}

function localK(log: string[]): number {
  let k = val(1, log)
  const addK = (x: number): number => x + k
  const step = (): number => {
    VT_yield()
    k *= 2
    return k
  }
  VT_yield()
  const stepped = step()
  log.push(`local ${addK(100)} ${stepped}`)
  const fixed = k
  const readFixed = (): number => fixed + [1, 2].map((k) => k * 10).reduce((a, b) => a + b)
  VT_yield()
  return readFixed() + k
}

function destructuresK(log: string[]): string {
  const { k, j = val('j', log) } = { k: 'kept', j: undefined as string | undefined }
  VT_yield()
  const [first, ...rest] = [k, j]
  return `${first}/${rest.join(',')}/${({ k }).k}`
}

export function main(log: string[]): string {
  const outer = readsOuter(log)
  const local = localK(log)
  const t = VT_spawn(destructuresK, log)
  VT_yield()
  return [outer, local, VT_join(t), k].join(' ')
}
