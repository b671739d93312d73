// Source-map linking between a module's TypeScript and its generated JavaScript, line to lines,
// both ways, from the map the transform returns.

import { TraceMap, eachMapping } from '@jridgewell/trace-mapping'
import type { SourceMap } from '../../../compiler/index'

export class LineLinks {
  private readonly toGenerated = new Map<number, Set<number>>()
  private readonly toSource = new Map<number, Set<number>>()

  constructor(map: SourceMap | undefined) {
    if (!map) return
    eachMapping(new TraceMap(map as ConstructorParameters<typeof TraceMap>[0]), (m) => {
      if (m.originalLine === null) return
      add(this.toGenerated, m.originalLine, m.generatedLine)
      add(this.toSource, m.generatedLine, m.originalLine)
    })
  }

  /** Generated lines (1-based) that come from source line `line`. */
  generatedLines(line: number): number[] {
    return [...(this.toGenerated.get(line) ?? [])]
  }

  /** Source lines a generated line comes from. */
  sourceLines(line: number): number[] {
    return [...(this.toSource.get(line) ?? [])]
  }
}

function add(map: Map<number, Set<number>>, key: number, value: number): void {
  let set = map.get(key)
  if (!set) map.set(key, (set = new Set()))
  set.add(value)
}
