// The thread of the resume benchmark, hand-written in the exact shape of the vtify transform.

import { Continuation, RETURN, YIELD, multistate, take, threadEntry, VT_unreachable, type Signal } from '../../runtime/index.js'

// 1  function spin(n: number): number {
// 2    for (let i = 0; i < n; i++) VT_yield()
// 3    return n
// 4  }
class K_spin extends Continuation {
  n: number
  i: number
  constructor(n: number) {
    super(spin$sm, 0)
    this.n = n
    this.i = 0
  }
}

function spin$sm(k: K_spin): Signal {
  for (;;) {
    switch (k.state) {
      case 0:
        k.i = 0
      // falls through
      case 1: // loop head
        if (!(k.i < k.n)) {
          k.value = k.n
          return RETURN
        }
        k.state = 2
        return YIELD
      case 2:
        take(k, k.value)
        k.i++
        k.state = 1
        continue
    }
  }
}
multistate(spin$sm, { name: 'spin', file: 'bench/runtime/spin.ts', lines: [1, 2, 2], calls: ['', '', 'VT_yield'] })

export function spin(n: number): number {
  void n
  return VT_unreachable(spin)
}
threadEntry(spin, spin$sm, (_self, args) => new K_spin(args[0] as number))
