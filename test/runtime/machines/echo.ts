// Hand-written output of the vtify transform for the echo threads, in the exact shape of
// docs/runtime.md. The source each machine implements is quoted above it.

import { Continuation, RETURN, WAIT, kRead, kWrite, multistate, take, threadEntry, VT_unreachable, type Signal } from '../../../runtime/index.js'

// 1  function echoThread(sock: Channel): number {       // the paper's Figure 7
// 2    const c = new Uint8Array(1)
// 3    while (VT_read(sock, c, 1) === 1) {
// 4      VT_write(sock, c, 1)
// 5    }
// 6    return 0
// 7  }
class K_echoThread extends Continuation {
  sock: unknown
  c: Uint8Array | undefined
  constructor(sock: unknown) {
    super(echoThread$sm, 0)
    this.sock = sock
    this.c = undefined
  }
}

function echoThread$sm(k: K_echoThread): Signal {
  for (;;) {
    switch (k.state) {
      case 0:
        k.c = new Uint8Array(1)
      // falls through
      case 1: // loop head (line 3)
        k.state = 2
        if (kRead(k, k.sock, k.c as Uint8Array, 1) === WAIT) return WAIT
      // falls through
      case 2:
        if (take(k, k.value) !== 1) {
          k.value = 0
          return RETURN
        }
        k.state = 3
        if (kWrite(k, k.sock, k.c as Uint8Array, 1) === WAIT) return WAIT
      // falls through
      case 3:
        take(k, k.value)
        k.state = 1
        continue
    }
  }
}
multistate(echoThread$sm, {
  name: 'echoThread',
  file: 'test/runtime/machines/echo.ts',
  lines: [1, 3, 3, 4],
  calls: ['', '', 'VT_read', 'VT_write'],
})
export function echoThread(sock: unknown): number {
  void sock
  return VT_unreachable(echoThread)
}
threadEntry(echoThread, echoThread$sm, (_self, args) => new K_echoThread(args[0]))

// 1  function echoBuffered(sock: Channel): number {      // echo a chunk at a time
// 2    const buf = new Uint8Array(16384)
// 3    let n: number
// 4    while ((n = VT_read(sock, buf)) > 0) {
// 5      VT_write(sock, buf, n)
// 6    }
// 7    return 0
// 8  }
class K_echoBuffered extends Continuation {
  sock: unknown
  buf: Uint8Array | undefined
  constructor(sock: unknown) {
    super(echoBuffered$sm, 0)
    this.sock = sock
    this.buf = undefined
  }
}

function echoBuffered$sm(k: K_echoBuffered): Signal {
  for (;;) {
    switch (k.state) {
      case 0:
        k.buf = new Uint8Array(16384)
      // falls through
      case 1: // loop head (line 4)
        k.state = 2
        if (kRead(k, k.sock, k.buf as Uint8Array) === WAIT) return WAIT
      // falls through
      case 2: {
        const n = take(k, k.value) as number // principle 1: n is not live across a boundary → a JS local
        if (!(n > 0)) {
          k.value = 0
          return RETURN
        }
        k.state = 3
        if (kWrite(k, k.sock, k.buf as Uint8Array, n) === WAIT) return WAIT
      }
      // falls through
      case 3:
        take(k, k.value)
        k.state = 1
        continue
    }
  }
}
multistate(echoBuffered$sm, {
  name: 'echoBuffered',
  file: 'test/runtime/machines/echo.ts',
  lines: [1, 4, 4, 5],
  calls: ['', '', 'VT_read', 'VT_write'],
})
export function echoBuffered(sock: unknown): number {
  void sock
  return VT_unreachable(echoBuffered)
}
threadEntry(echoBuffered, echoBuffered$sm, (_self, args) => new K_echoBuffered(args[0]))
