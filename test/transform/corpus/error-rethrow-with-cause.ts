import { VT_yield } from 'vtify/runtime'

function load(name: string): string {
  VT_yield()
  throw new Error(`cannot load ${name}`)
}

function loadAll(names: string[], log: string[]): string[] {
  const out: string[] = []
  for (const n of names) {
    try {
      out.push(load(n))
    } catch (e) {
      log.push(`wrapping ${(e as Error).message}`)
      throw new Error(`loadAll failed at ${n}`, { cause: e })
    }
  }
  return out
}

export function main(log: string[]): string {
  try {
    loadAll(['a', 'b'], log)
    return 'ok'
  } catch (e) {
    return `${(e as Error).message} <- ${((e as Error).cause as Error).message}`
  }
}
