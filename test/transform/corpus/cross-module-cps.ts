import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'
import byDefault, { countArgs, fail, step as importedStep } from './_steps.ts'

function inner(n: number, log: string[]): string {
  const mine = `main-${n}`
  const s = importedStep(`t${n}`, log, 1, 2)
  VT_yield()
  return `${mine} ${s} n=${n}`
}

function step(x: number): number {
  VT_yield()
  return x * 3
}

export function main(log: string[]): string {
  const a = inner(1, log)
  const b = inner(22, log)
  const c = countArgs(1) + countArgs(2, 3)
  let caught = ''
  try {
    fail('boom')
  } catch (e) {
    caught = (e as Error).message
  } finally {
    log.push('finally ran')
  }
  const t = VT_spawn(() => importedStep('spawned', log) + step(2))
  const d = byDefault(step(1))
  return [a, b, c, caught, VT_join(t), d].join(' | ')
}
