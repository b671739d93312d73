import { VT_yield } from 'vtify/runtime'

function function2(x: number, log: string[]): number {
  log.push(`function2(${x})`)
  VT_yield()
  return x * 2
}

function function1(arg1: number, log: string[]): number {
  const local1 = function2(arg1, log)
  const local2 = function2(arg1 + local1, log)
  return local1 + local2
}

export function main(log: string[]): number {
  return function1(3, log)
}
