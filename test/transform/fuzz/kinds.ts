// Which AST kinds a set of generated programs contains (`classDecl untyped` for a class whose
// method is called on `any`): the CI test checks that no construct is starved by the generator's
// weights and depth limits.

import type { Program } from './ast.js'

export function kindsIn(programs: readonly Program[]): Set<string> {
  const kinds = new Set<string>()
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk)
    else if (typeof value === 'object' && value !== null) {
      const { k, untyped } = value as { k?: unknown; untyped?: unknown }
      if (typeof k === 'string') kinds.add(untyped === true ? `${k} untyped` : k)
      Object.values(value).forEach(walk)
    }
  }
  walk(programs)
  return kinds
}
