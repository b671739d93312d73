import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'

// Multistate closures created per iteration inside a multistate function, each capturing its
// own iteration's const, run later as threads after the loop moved on.
export function main(log: string[]): string {
  const workers: (() => string)[] = []
  for (const name of ['p', 'q', 'r']) {
    const tag = `${name}!`
    VT_yield()
    const worker = (): string => {
      VT_yield()
      log.push(`worker ${tag} runs`)
      return tag
    }
    workers[workers.length] = worker // not push(worker): the analysis reports any multistate callback passed to untransformed code (VT1002)
  }
  const threads = []
  for (const w of workers) threads.push(VT_spawn(w))
  let out = ''
  for (const t of threads) out += VT_join(t)
  return out
}
