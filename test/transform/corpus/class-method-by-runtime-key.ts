import { VT_yield } from 'vtify/runtime'

// `c[key]()` with a key known only at run time: the call may reach any method of C, so it is a
// state boundary (a dynamic call runs a plain method plainly).
class C {
  ['1'](): string {
    VT_yield()
    return 'one'
  }
  plain(): string {
    return 'plain'
  }
}

export function main(log: string[]): string {
  const c = new C()
  const keys = ['1', 'plain']
  for (const key of keys) log.push(c[key as '1' | 'plain']())
  return c[String(1) as '1']()
}
