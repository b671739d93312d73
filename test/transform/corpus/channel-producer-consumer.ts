import { VT_channel, VT_close, VT_join, VT_receive, VT_send, VT_spawn, type VChannel } from 'vtify/runtime'

function producer(ch: VChannel<number>, log: string[]): void {
  for (let i = 1; i <= 5; i++) {
    VT_send(ch, i * 10)
    log.push(`sent ${i * 10}`)
  }
  VT_close(ch)
  log.push('closed')
}

function consumer(ch: VChannel<number>, log: string[]): number {
  let total = 0
  for (let v = VT_receive(ch); v !== undefined; v = VT_receive(ch)) {
    log.push(`received ${v}`)
    total += v
  }
  log.push('drained')
  return total
}

export function main(log: string[]): string {
  const buffered = VT_channel<number>(2)
  const c = VT_spawn(consumer, buffered, log)
  VT_spawn(producer, buffered, log)
  const first = VT_join(c)
  const rendezvous = VT_channel<number>()
  const c2 = VT_spawn(consumer, rendezvous, log)
  VT_spawn(producer, rendezvous, log)
  return `${first} ${VT_join(c2)}`
}
