import { VT_yield } from 'vtify/runtime'

// An exception thrown in finally replaces the completion that was passing through.
function f(mode: string, log: string[]): string {
  try {
    VT_yield()
    if (mode === 'throw') throw new Error('original')
    return 'value'
  } finally {
    log.push(`finally for ${mode}`)
    VT_yield()
    // eslint-disable-next-line no-unsafe-finally
    if (mode !== 'none') throw new Error(`replaced ${mode}`)
  }
}

export function main(log: string[]): string {
  const out: string[] = []
  for (const mode of ['throw', 'return', 'none']) {
    try {
      out.push(f(mode, log))
    } catch (e) {
      out.push((e as Error).message)
    }
  }
  return out.join(' | ')
}
