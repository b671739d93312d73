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

function fail(log: string[]): number {
  val(0, log, 'before failing')
  throw new Error('default failed')
}

// An array pattern with a boundary in a default steps the iterator once per element and closes
// it when the pattern does not exhaust it.
export function main(log: string[]): string {
  const [a, b = val(20, log), c] = numbers(log)
  log.push(`a=${a} b=${b} c=${c}`)
  const [, ...rest] = [0, 1, 2]
  const [d = val('d', log), ...others] = numbers(log)
  try {
    const [, missing = fail(log)] = numbers(log) // the default throws: the iterator is closed
    log.push(`unreachable ${String(missing)}`)
  } catch (e) {
    log.push(`caught ${(e as Error).message}`)
  }
  return `${rest.join(',')} ${String(d)} ${others.join(',')}`
}
