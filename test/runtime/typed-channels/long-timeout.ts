// VT_after longer than a host timer can wait (2^31 − 1 ms): the timeout must not fire at once.
import { VT_after, VT_channel, VT_select, VT_send, VT_sleep, VT_spawn, type VChannel } from 'vtify/runtime'

function sendLater(ch: VChannel<string>, ms: number): void {
  VT_sleep(ms)
  VT_send(ch, 'value')
}

export function main(log: string[]): string {
  const ch = VT_channel<string>(1)
  VT_spawn(sendLater, ch, 20)
  const first = VT_select([ch, VT_after(2 ** 31)])
  log.push(`case ${first.index}: ${String(first.value)}`)
  const second = VT_select([ch, VT_after(Infinity), VT_after(5)])
  log.push(`case ${second.index}`)
  return 'done'
}
