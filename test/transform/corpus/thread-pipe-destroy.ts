import { VT_join, VT_pipe, VT_read, VT_spawn, VT_write, VT_yield, type ChannelError } from 'vtify/runtime'

// destroy() resets the pipe: the waiting reader and every later use fail with ECONNRESET.
export function main(log: string[]): string {
  const p = VT_pipe()
  const reader = VT_spawn(() => {
    try {
      VT_read(p, new Uint8Array(4))
      return 'read'
    } catch (e) {
      log.push(`reader failed: ${(e as ChannelError).code}`)
      return 'reset'
    }
  })
  VT_yield()
  p.destroy()
  const r = VT_join(reader)
  try {
    VT_write(p, 'late')
  } catch (e) {
    log.push(`late write: ${(e as ChannelError).code}`)
  }
  return r
}
