import { VT_channel, VT_close, VT_join, VT_receive, VT_send, VT_spawn, VT_yield, type VChannel } from 'vtify/runtime'

function receiver(name: string, ch: VChannel<string>, log: string[]): void {
  const v = VT_receive(ch)
  log.push(`${name} got ${String(v)}`)
}

function blockedSender(ch: VChannel<string>, log: string[]): void {
  try {
    VT_send(ch, 'late')
    log.push('sent late')
  } catch (e) {
    log.push(`sender: ${(e as { code?: string }).code}`)
  }
}

export function main(log: string[]): string {
  const ch = VT_channel<string>()
  const a = VT_spawn(receiver, 'a', ch, log)
  const b = VT_spawn(receiver, 'b', ch, log)
  VT_yield()
  VT_send(ch, 'one')
  VT_close(ch)
  VT_join(a)
  VT_join(b)
  try {
    VT_send(ch, 'after close')
  } catch (e) {
    log.push(`send after close: ${(e as { code?: string }).code}`)
  }
  const full = VT_channel<string>(1)
  VT_send(full, 'kept')
  const s = VT_spawn(blockedSender, full, log)
  VT_yield()
  VT_close(full)
  VT_join(s)
  log.push(`drained ${String(VT_receive(full))} then ${String(VT_receive(full))}`)
  try {
    VT_send(VT_channel<string | undefined>(1), undefined)
  } catch (e) {
    log.push(`undefined: ${(e as Error).name}`)
  }
  return 'done'
}
