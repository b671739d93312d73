import { VT_close, VT_join, VT_pipe, VT_read, VT_spawn, VT_write } from 'vtify/runtime'

// The reader waits first; the writer's 10 bytes exceed the 4-byte pipe.
function reader(p: ReturnType<typeof VT_pipe>, log: string[]): string {
  const buf = new Uint8Array(8)
  let all = ''
  for (let n = VT_read(p, buf); n > 0; n = VT_read(p, buf)) {
    all += new TextDecoder().decode(buf.subarray(0, n))
    log.push(`reader got ${n}`)
  }
  return all
}

export function main(log: string[]): string {
  const p = VT_pipe(4)
  const r = VT_spawn(reader, p, log)
  VT_write(p, 'x') // the reader is not waiting yet
  log.push('main wrote 1')
  const w = VT_spawn(() => {
    const n = VT_write(p, 'abcdefghij')
    log.push(`writer done ${n}`)
    VT_close(p)
  })
  VT_join(w)
  return VT_join(r)
}
