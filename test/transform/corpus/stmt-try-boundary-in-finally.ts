import { VT_yield } from 'vtify/runtime'

function cleanup(tag: string, log: string[]): void {
  VT_yield()
  log.push(`cleanup ${tag}`)
}

function work(n: number, log: string[]): number {
  try {
    if (n === 0) throw new Error('zero')
    return 100 / n
  } finally {
    cleanup(`n=${n}`, log)
    log.push(`finally done ${n}`)
  }
}

export function main(log: string[]): string {
  const a = work(4, log)
  let b = ''
  try {
    work(0, log)
  } catch (e) {
    b = (e as Error).message
  }
  return `${a} ${b}`
}
