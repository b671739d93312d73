import { VT_close, VT_join, VT_pipe, VT_read, VT_spawn, VT_yield } from 'vtify/runtime'

// A reader waiting on an empty pipe reads 0 (end of stream) when the pipe is closed; reads after that return 0 too.
export function main(log: string[]): string {
  const p = VT_pipe()
  const reader = VT_spawn(() => {
    const buf = new Uint8Array(4)
    log.push('reader waits')
    const first = VT_read(p, buf)
    log.push(`reader woke with ${first}`)
    return `${first},${VT_read(p, buf)}`
  })
  VT_yield()
  log.push('main closes')
  VT_close(p)
  log.push('main closed')
  return VT_join(reader)
}
