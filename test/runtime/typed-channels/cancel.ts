// Cancelling threads parked in VT_receive, VT_send and VT_select takes them off the channel: the
// value goes to the next receiver, the parked send does not happen.
import { VT_after, VT_cancel, VT_channel, VT_join, VT_receive, VT_select, VT_send, VT_spawn, VT_yield, type VChannel } from 'vtify/runtime'

function receiveOne(ch: VChannel<string>, log: string[], name: string): void {
  try {
    log.push(`${name} got ${String(VT_receive(ch))}`)
  } catch (e) {
    log.push(`${name}: ${(e as Error).name}`)
  }
}

function selectOne(ch: VChannel<string>, log: string[]): void {
  try {
    const s = VT_select([ch, VT_after(60_000)])
    log.push(`select got ${s.index}`)
  } catch (e) {
    log.push(`select: ${(e as Error).name}`)
  }
}

function sendOne(ch: VChannel<string>, log: string[]): void {
  try {
    VT_send(ch, 'from cancelled sender')
    log.push('sent')
  } catch (e) {
    log.push(`sender: ${(e as Error).name}`)
  }
}

export function main(log: string[]): string {
  const ch = VT_channel<string>()
  const cancelledReceiver = VT_spawn(receiveOne, ch, log, 'cancelled receiver')
  const cancelledSelect = VT_spawn(selectOne, ch, log)
  const receiver = VT_spawn(receiveOne, ch, log, 'receiver')
  VT_yield()
  VT_cancel(cancelledReceiver)
  VT_cancel(cancelledSelect)
  VT_send(ch, 'value')
  VT_join(receiver)
  const sender = VT_spawn(sendOne, ch, log)
  VT_yield()
  VT_cancel(sender)
  const last = VT_select([ch, VT_after(5)])
  log.push(`after the cancelled send: case ${last.index}`)
  return 'done'
}
