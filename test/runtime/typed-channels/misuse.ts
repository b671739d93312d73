// What the channel primitives say when handed the wrong thing.
import { VT_after, VT_channel, VT_lines, VT_pipe, VT_read, VT_readLine, VT_receive, VT_select, VT_write, type VChannel } from 'vtify/runtime'

function attempt(log: string[], what: string, f: () => unknown): void {
  try {
    f()
    log.push(`${what}: no error`)
  } catch (e) {
    log.push(`${what}: ${(e as Error).message}`)
  }
}

export function main(log: string[]): string {
  const ch = VT_channel<number>(1)
  try {
    VT_read(ch, new Uint8Array(1))
  } catch (e) {
    log.push((e as Error).message)
  }
  try {
    VT_receive(VT_pipe() as unknown as VChannel<number>)
  } catch (e) {
    log.push((e as Error).message)
  }
  try {
    VT_select([])
  } catch (e) {
    log.push((e as Error).message)
  }
  attempt(log, 'capacity', () => VT_channel(-1))
  attempt(log, 'not a capacity', () => VT_channel(null as unknown as number))
  attempt(log, 'timeout', () => VT_after('5' as unknown as number))
  const p = VT_pipe()
  VT_write(p, 'a line that is too long\n')
  try {
    VT_readLine(VT_lines(p, 8))
  } catch (e) {
    log.push((e as Error).message)
  }
  return 'done'
}
