import { VT_after, VT_channel, VT_close, VT_select, VT_send, VT_sleep, VT_spawn, type VChannel } from 'vtify/runtime'

function slow(ch: VChannel<string>, ms: number, words: string[]): void {
  for (const w of words) {
    VT_sleep(ms)
    VT_send(ch, w)
  }
  VT_close(ch)
}

export function main(log: string[]): number {
  const fast = VT_channel<string>(4)
  const late = VT_channel<number>(1)
  VT_send(late, 7)
  const now = VT_select([fast, late, VT_after(0)])
  log.push(`ready at once: case ${now.index} ${String(now.value)}`)
  const none = VT_select([fast, VT_after(0)])
  log.push(`nothing ready: case ${none.index}`)
  VT_spawn(slow, fast, 5, ['x', 'y'])
  let timeouts = 0
  for (let open = true; open; ) {
    const s = VT_select([fast, VT_after(2)])
    if (s.index === 1) timeouts++
    else if (s.value === undefined) open = false
    else log.push(`got ${s.value}`)
  }
  log.push(`closed after ${timeouts > 0 ? 'some' : 'no'} timeouts`)
  return now.index
}
