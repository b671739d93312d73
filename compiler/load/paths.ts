// Where a path lies relative to a directory, by path alone (nothing is read).

import path from 'node:path'

/** Whether `file` is `dir` or lies below it. */
export function isUnder(file: string, dir: string): boolean {
  const relative = path.relative(dir, file)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}
