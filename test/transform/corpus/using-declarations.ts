// `using` declarations in blocks of a multistate function that suspend: each resource is
// disposed of when its block ends, last declared first, however the block ends — normal
// completion, return (after the returned value is read), break and continue, an exception (and
// the thread cancelled while parked in the block: test/transform/using.test.ts). A dispose
// method that throws: its error, or a SuppressedError over the block's own. null and undefined
// are skipped; anything else without a dispose method is a TypeError at the declaration. A
// block without a boundary is lowered too: printed as it is, its `using` would be lost.

import { VT_yield } from 'vtify/runtime'

class Res implements Disposable {
  closed = false
  constructor(
    private log: string[],
    readonly name: string,
    private fail = false,
  ) {
    log.push(`open ${name}`)
  }
  read(): string {
    if (this.closed) throw new Error(`${this.name} read after close`)
    return this.name
  }
  [Symbol.dispose](): void {
    this.closed = true
    this.log.push(`dispose ${this.name}`)
    if (this.fail) throw new Error(`dispose ${this.name} failed`)
  }
}

function describe(e: unknown): string {
  const s = e as { name: string; message: string; error?: unknown; suppressed?: unknown }
  return s.name === 'SuppressedError' ? `Suppressed(${describe(s.error)} over ${describe(s.suppressed)})` : `${s.name}: ${s.message}`
}

function body(log: string[], how: string): string {
  using a = new Res(log, `${how}-a`)
  VT_yield()
  using b = new Res(log, `${how}-b`),
    c = new Res(log, `${how}-c`)
  VT_yield()
  if (how === 'throw') throw new Error('thrown in the block')
  if (how === 'return') return `${a.read()} ${b.read()} ${c.read()}`
  VT_yield()
  return 'end'
}

function loops(log: string[]): string {
  let seen = ''
  outer: for (let i = 0; i < 4; i++) {
    using r = new Res(log, `loop${i}`)
    VT_yield()
    if (i === 1) continue
    if (i === 3) break outer
    seen += r.read()
    const keep = () => r.read()
    VT_yield()
    seen += keep()
  }
  return seen
}

function failing(log: string[], throwing: boolean): string {
  using a = new Res(log, 'fa', true)
  using b = new Res(log, 'fb', true)
  VT_yield()
  if (throwing) throw new Error('block error')
  return 'unreached'
}

function values(log: string[]): string {
  {
    using n = null,
      u = undefined
    VT_yield()
    log.push(`null and undefined: ${String(n)} ${String(u)}`)
  }
  for (const bad of [{}, 42]) {
    try {
      using x = bad as unknown as Disposable
      VT_yield()
      log.push(`took ${String(x)}`)
    } catch (e) {
      log.push(describe(e))
    }
  }
  {
    using plain = new Res(log, 'no-boundary')
    log.push(`plain ${plain.read()}`)
  }
  VT_yield()
  return 'values'
}

export function main(log: string[]): string {
  for (const how of ['normal', 'throw', 'return']) {
    try {
      log.push(`${how}: ${body(log, how)}`)
    } catch (e) {
      log.push(`${how}: ${describe(e)}`)
    }
  }
  log.push(loops(log))
  for (const throwing of [false, true]) {
    try {
      failing(log, throwing)
    } catch (e) {
      log.push(describe(e))
    }
  }
  return values(log)
}
