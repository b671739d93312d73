import { VT_pipe, VT_read, VT_sleep, VT_write } from 'vtify/runtime'

// Invalid arguments to primitives throw at the call site, catchable like any error.
export function main(log: string[]): string {
  const out: string[] = []
  const p = VT_pipe()
  try {
    VT_read(p, 'not bytes' as unknown as Uint8Array)
  } catch (e) {
    out.push(`read: ${(e as Error).name}`)
  }
  try {
    VT_write(p, 'abc', -1)
  } catch (e) {
    out.push(`write: ${(e as Error).name}`)
  }
  try {
    VT_sleep(-5)
  } catch (e) {
    out.push(`sleep: ${(e as Error).name}`)
  }
  log.push(`${out.length} failures`)
  return out.join(', ')
}
