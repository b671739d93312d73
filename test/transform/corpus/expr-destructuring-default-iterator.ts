import { val } from './_values.ts'

function* numbers(log: string[]): Generator<number | undefined> {
  try {
    yield 1
    yield undefined
    yield 3
    yield 4
  } finally {
    log.push('generator closed')
  }
}

// An array pattern with a boundary in a default steps the iterator once per element and closes
// it when the pattern does not exhaust it.
export function main(log: string[]): string {
  const [a, b = val(20, log), c] = numbers(log)
  log.push(`a=${a} b=${b} c=${c}`)
  const [, ...rest] = [0, 1, 2]
  const [d = val('d', log), ...others] = numbers(log)
  return `${rest.join(',')} ${String(d)} ${others.join(',')}`
}
