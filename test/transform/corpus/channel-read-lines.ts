import { VT_close, VT_join, VT_lines, VT_pipe, VT_readLine, VT_sleep, VT_spawn, VT_write } from 'vtify/runtime'

function writer(p: ReturnType<typeof VT_pipe>): void {
  for (const piece of ['alpha\r\nbe', 'ta\n', '\ngam', 'ma ', 'é', 'toile']) {
    VT_write(p, piece)
    VT_sleep(1)
  }
  VT_close(p)
}

function reader(p: ReturnType<typeof VT_pipe>, log: string[]): number {
  const lines = VT_lines(p)
  let count = 0
  for (let line = VT_readLine(lines); line !== undefined; line = VT_readLine(lines)) {
    log.push(`line ${JSON.stringify(line)}`)
    count++
  }
  log.push(`end, then ${String(VT_readLine(lines))}`)
  return count
}

export function main(log: string[]): number {
  const p = VT_pipe(8)
  const r = VT_spawn(reader, p, log)
  VT_spawn(writer, p)
  return VT_join(r)
}
