// What the channel primitives say when handed the wrong thing.
import {
  VT_after,
  VT_channel,
  VT_join,
  VT_lines,
  VT_pipe,
  VT_read,
  VT_readLine,
  VT_receive,
  VT_select,
  VT_spawn,
  VT_write,
  VT_yield,
  type LineReader,
  type VChannel,
} from 'vtify/runtime'

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
  // VT_readLine reads in a thread of its own: a busy reader names the thread that called it
  const q = VT_pipe()
  const reader = VT_lines(q)
  const first = VT_spawn(readOne, reader)
  VT_yield() // first waits in VT_readLine now
  const named = (message: string): string => message.replace(`thread #${first.id} `, 'thread #first ')
  try {
    VT_readLine(reader)
  } catch (e) {
    log.push(named((e as Error).message))
  }
  try {
    VT_read(q, new Uint8Array(1))
  } catch (e) {
    log.push(named((e as Error).message))
  }
  VT_write(q, 'line\n')
  log.push(`first: ${String(VT_join(first))}`)
  return 'done'
}

function readOne(reader: LineReader): string | undefined {
  return VT_readLine(reader)
}
