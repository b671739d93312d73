import { VT_close, VT_join, VT_pipe, VT_read, VT_spawn, VT_write, VT_yield, type ChannelError } from 'vtify/runtime'

function code(e: unknown): string {
  return `${(e as Error).name}:${(e as ChannelError).code}`
}

export function main(log: string[]): string {
  const out: string[] = []
  // Writing a closed pipe fails at once.
  const closed = VT_pipe()
  VT_close(closed)
  try {
    VT_write(closed, 'x')
  } catch (e) {
    out.push(`write closed ${code(e)}`)
  }
  // A writer waiting for space fails when the pipe is closed under it; what it moved stays readable.
  const full = VT_pipe(2)
  const writer = VT_spawn(() => VT_write(full, 'abcd'))
  VT_yield()
  log.push(`buffered ${full.buffered}`)
  VT_close(full)
  try {
    VT_join(writer)
  } catch (e) {
    out.push(`waiting writer ${code(e)}`)
  }
  const buf = new Uint8Array(8)
  out.push(`drained ${VT_read(full, buf)} then ${VT_read(full, buf)}`)
  // Two readers on one pipe: the second fails at once (EBUSY).
  const shared = VT_pipe()
  const first = VT_spawn(() => VT_read(shared, new Uint8Array(1)))
  VT_yield()
  try {
    VT_read(shared, buf)
  } catch (e) {
    out.push(`second reader ${code(e)}`)
  }
  VT_write(shared, 'z')
  out.push(`first reader got ${VT_join(first)}`)
  return out.join('; ')
}
