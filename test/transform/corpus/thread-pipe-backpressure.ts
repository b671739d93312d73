import { VT_close, VT_join, VT_pipe, VT_read, VT_spawn, VT_write, VT_yield } from 'vtify/runtime'

// The writer's 10 bytes do not fit in a 4-byte pipe: it waits until the reader frees space.
function writer(p: ReturnType<typeof VT_pipe>, log: string[]): number {
  log.push('writer starts')
  const n = VT_write(p, '0123456789')
  log.push(`writer done ${n}, buffered ${p.buffered}`)
  VT_close(p)
  return n
}

function reader(p: ReturnType<typeof VT_pipe>, log: string[]): string {
  const buf = new Uint8Array(3)
  let all = ''
  let n: number
  while ((n = VT_read(p, buf)) > 0) {
    all += new TextDecoder().decode(buf.subarray(0, n))
    log.push(`reader got ${n}, buffered ${p.buffered}`)
    VT_yield()
  }
  return all
}

export function main(log: string[]): string {
  const p = VT_pipe(4)
  const w = VT_spawn(writer, p, log)
  const r = VT_spawn(reader, p, log)
  return `${VT_join(w)} ${VT_join(r)}`
}
