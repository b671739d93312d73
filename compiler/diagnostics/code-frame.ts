// A code frame: the lines around a location with a caret under it, as bundlers print errors.

export interface FrameOptions {
  /** Lines shown before and after the location. */
  context?: number
}

export function codeFrame(source: string, line: number, column: number, endColumn?: number, options: FrameOptions = {}): string {
  const context = options.context ?? 2
  const lines = source.split(/\r?\n/)
  const first = Math.max(1, line - context)
  const last = Math.min(lines.length, line + context)
  const width = String(last).length
  const out: string[] = []
  for (let n = first; n <= last; n++) {
    const marker = n === line ? '>' : ' '
    out.push(`${marker} ${String(n).padStart(width)} | ${lines[n - 1] ?? ''}`)
    if (n === line) {
      const span = Math.max(1, (endColumn ?? column + 1) - column)
      out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, column - 1))}${'^'.repeat(span)}`)
    }
  }
  return out.join('\n')
}
