import { VT_join, VT_pipe, VT_read, VT_spawn, VT_write, VT_yield, type Pipe } from 'vtify/runtime'

// Several writers take turns on one pipe (one at a time may wait); the reader sees their interleaving.
function writer(p: Pipe, tag: string, log: string[]): void {
  for (let i = 0; i < 2; i++) {
    VT_write(p, `${tag}${i}`)
    log.push(`${tag} wrote ${i}`)
    VT_yield()
  }
}

export function main(log: string[]): string {
  const p = VT_pipe(64)
  const ws = ['a', 'b', 'c'].map((tag) => VT_spawn(writer, p, tag, log))
  for (const w of ws) VT_join(w)
  p.close()
  const buf = new Uint8Array(64)
  const n = VT_read(p, buf)
  return new TextDecoder().decode(buf.subarray(0, n))
}
