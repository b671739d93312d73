import { VT_close, VT_join, VT_pipe, VT_read, VT_sleep, VT_spawn, VT_write } from 'vtify/runtime'

// A slow producer (sleeping between writes) and a consumer that waits on the pipe each time.
export function main(log: string[]): string {
  const p = VT_pipe()
  VT_spawn(() => {
    for (const part of ['x', 'y', 'z']) {
      VT_sleep(10)
      VT_write(p, part)
      log.push(`produced ${part}`)
    }
    VT_close(p)
  })
  const consumer = VT_spawn(() => {
    const buf = new Uint8Array(4)
    let got = ''
    for (let n = VT_read(p, buf); n > 0; n = VT_read(p, buf)) {
      got += new TextDecoder().decode(buf.subarray(0, n))
      log.push(`consumed ${got}`)
    }
    return got
  })
  return VT_join(consumer)
}
