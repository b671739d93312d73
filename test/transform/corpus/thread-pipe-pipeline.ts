import { VT_close, VT_join, VT_pipe, VT_read, VT_spawn, VT_write, type Pipe } from 'vtify/runtime'

// Three stages connected by small pipes: source → upper-case → sink.
function source(out: Pipe, log: string[]): void {
  for (const word of ['red ', 'green ', 'blue']) {
    VT_write(out, word)
    log.push(`source wrote ${word.trim()}`)
  }
  VT_close(out)
}

function upper(input: Pipe, out: Pipe, log: string[]): number {
  const buf = new Uint8Array(3)
  let total = 0
  for (let n = VT_read(input, buf); n > 0; n = VT_read(input, buf)) {
    const chunk = new TextDecoder().decode(buf.subarray(0, n)).toUpperCase()
    VT_write(out, chunk)
    total += n
    log.push(`upper moved ${n}`)
  }
  VT_close(out)
  return total
}

function sink(input: Pipe): string {
  const buf = new Uint8Array(5)
  let text = ''
  let n: number
  while ((n = VT_read(input, buf)) !== 0) text += new TextDecoder().decode(buf.subarray(0, n))
  return text
}

export function main(log: string[]): string {
  const a = VT_pipe(4)
  const b = VT_pipe(4)
  const s = VT_spawn(sink, b)
  const u = VT_spawn(upper, a, b, log)
  VT_spawn(source, a, log)
  return `${VT_join(s)} (${VT_join(u)} bytes)`
}
