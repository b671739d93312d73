import { VT_close, VT_join, VT_pipe, VT_read, VT_spawn, VT_write } from 'vtify/runtime'

function producer(p: ReturnType<typeof VT_pipe>, log: string[]): number {
  let sent = 0
  for (const word of ['alpha', 'beta', 'gamma']) {
    sent += VT_write(p, word)
    log.push(`wrote ${word} (${sent})`)
  }
  VT_close(p)
  log.push('producer closed')
  return sent
}

function consumer(p: ReturnType<typeof VT_pipe>, log: string[]): string {
  const buf = new Uint8Array(4)
  let text = ''
  for (;;) {
    const n = VT_read(p, buf, 4)
    log.push(`read ${n}`)
    if (n === 0) break
    text += new TextDecoder().decode(buf.subarray(0, n))
  }
  return text
}

export function main(log: string[]): string {
  const p = VT_pipe(6)
  const c = VT_spawn(consumer, p, log)
  const w = VT_spawn(producer, p, log)
  return `${VT_join(w)} ${VT_join(c)}`
}
