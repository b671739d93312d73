import { VT_yield, VT_spawn, VT_join } from 'vtify/runtime'

// make() runs in CPS inside main's thread: each call reuses its continuation fields, so the
// closures it returns must hold their own copies of what they captured.
function make(tag: string, log: string[]): { plain: () => string; blocking: () => string } {
  const upper = tag.toUpperCase()
  VT_yield()
  log.push(`made ${tag}`)
  return {
    plain: () => `${tag}/${upper}`,
    blocking: () => {
      VT_yield()
      return `blocking ${tag}/${upper}`
    },
  }
}

function other(tag: string): string {
  const upper = `other-${tag}`
  VT_yield()
  return upper
}

export function main(log: string[]): string {
  const a = make('a', log)
  const b = make('b', log)
  log.push(other('c'))
  log.push(a.plain(), b.plain())
  const ta = VT_spawn(a.blocking)
  const tb = VT_spawn(b.blocking)
  const later: (() => string)[] = []
  for (let i = 0; i < 3; i++) {
    const j = i * i
    VT_yield()
    later.push(() => `i${i} j${j}`)
  }
  return [VT_join(ta), VT_join(tb), ...later.map((f) => f())].join(' ')
}
