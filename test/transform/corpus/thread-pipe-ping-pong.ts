import { VT_join, VT_pipe, VT_read, VT_spawn, VT_write, type Pipe } from 'vtify/runtime'

// Two threads talk over two pipes: each message is answered before the next is sent.
function ponger(inbox: Pipe, outbox: Pipe, log: string[]): number {
  const buf = new Uint8Array(16)
  let answered = 0
  for (;;) {
    const n = VT_read(inbox, buf)
    if (n === 0) break
    const msg = new TextDecoder().decode(buf.subarray(0, n))
    log.push(`pong got ${msg}`)
    VT_write(outbox, `re:${msg}`)
    answered++
  }
  outbox.close()
  return answered
}

export function main(log: string[]): string {
  const toPong = VT_pipe()
  const toPing = VT_pipe()
  const t = VT_spawn(ponger, toPong, toPing, log)
  const buf = new Uint8Array(16)
  const replies: string[] = []
  for (const msg of ['one', 'two', 'three']) {
    VT_write(toPong, msg)
    log.push(`ping sent ${msg}`)
    const n = VT_read(toPing, buf)
    replies.push(new TextDecoder().decode(buf.subarray(0, n)))
  }
  toPong.close()
  const end = VT_read(toPing, buf)
  return `${replies.join(',')} end=${end} answered=${VT_join(t)}`
}
