import { VT_close, VT_join, VT_pipe, VT_read, VT_spawn, VT_write, type Pipe } from 'vtify/runtime'

// A multistate helper called from a loop (the paper's readLine → VT_read reason chain).
function readLine(p: Pipe, log: string[]): string | null {
  const c = new Uint8Array(1)
  let line = ''
  for (;;) {
    const n = VT_read(p, c)
    if (n === 0) return line === '' ? null : line
    const ch = String.fromCharCode(c[0]!)
    if (ch === '\n') return line
    line += ch
  }
}

export function main(log: string[]): string {
  const p = VT_pipe(5)
  VT_spawn(() => {
    VT_write(p, 'first line\nsecond\n\nlast without newline')
    VT_close(p)
  })
  const reader = VT_spawn(() => {
    const lines: string[] = []
    let line: string | null
    while ((line = readLine(p, log)) !== null) {
      lines.push(line)
      log.push(`line ${lines.length}: "${line}"`)
    }
    return lines.length
  })
  return `${VT_join(reader)} lines`
}
