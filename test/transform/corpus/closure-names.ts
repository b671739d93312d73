import { VT_yield } from 'vtify/runtime'

// NamedEvaluation: anonymous functions and classes take the name of the binding they are
// defined for, though the binding is now a continuation field or a cell.
export function main(log: string[]): string {
  const f = function () {}
  let g = (): number => 1
  let h: (() => void) | undefined
  h ??= () => {}
  const [d = () => {}] = []
  const { e = class {} } = {} as { e?: unknown }
  let later: unknown
  later = function () {}
  const o = { m: () => {} }
  VT_yield()
  const set = (): void => {
    g = () => 2
  }
  set()
  log.push([f.name, g.name, h.name, d.name, (e as { name: string }).name, (later as () => void).name, o.m.name].join(','))
  const spawned = (): void => {
    VT_yield()
  }
  const anonymous = [(): void => {}][0]!
  return `${spawned.name}|${anonymous.name}|${g()}`
}
