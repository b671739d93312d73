import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'

function failing(log: string[]): number {
  VT_yield()
  log.push('failing thread throws')
  throw new Error('thread failed')
}

function plain(x: number): number {
  return x + 1
}

export function main(log: string[]): number {
  const t = VT_spawn(failing, log)
  const p = VT_spawn(plain, 41)
  try {
    VT_join(t)
  } catch (e) {
    log.push(`joined error: ${(e as Error).message}`)
  }
  try {
    VT_join(t)
  } catch (e) {
    log.push(`joined again: ${(e as Error).message}`)
  }
  return VT_join(p)
}
