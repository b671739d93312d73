// What a type stripper must know of a module besides its text: whether only TypeScript emits it
// as the project's tsconfig says. A native stripper (compiler/load/strip-types.ts) is given no
// options but the target: decorators and `accessor` fields it leaves as written at ES2022 (a
// SyntaxError in Node), JSX it emits for one runtime, and legacy decorators or class fields
// assigned rather than defined it does not know of. Computed here, where TypeScript is loaded
// already, so that the stripper's module (imported by a build the cache answers) loads none.

import ts from '#typescript'

export interface EmitNeeds {
  /** Only TypeScript's own emit follows the project here (the reasons above). */
  typeScriptOnly: boolean
  /** An import the module uses only for types, or not at all, stays as written. */
  verbatimModuleSyntax: boolean
}

export function emitNeeds(source: ts.SourceFile, options: ts.CompilerOptions): EmitNeeds {
  const projectWide = options.experimentalDecorators === true || !definesClassFields(options)
  const jsx = /\.[jt]sx$/.test(source.fileName)
  return {
    typeScriptOnly: projectWide || jsx || (/@|\baccessor\b/.test(source.text) && decoratedOrAccessor(source)),
    verbatimModuleSyntax: options.verbatimModuleSyntax === true,
  }
}

/**
 * Whether class fields are defined ([[Define]]) rather than assigned ([[Set]]) in the project, as
 * tsc decides it: useDefineForClassFields, by default true from target ES2022 on (TypeScript 6's
 * default target is above it).
 */
export function definesClassFields(options: ts.CompilerOptions): boolean {
  return options.useDefineForClassFields ?? (options.target === undefined || options.target >= ts.ScriptTarget.ES2022)
}

function decoratedOrAccessor(node: ts.Node): boolean {
  if (ts.canHaveDecorators(node) && (ts.getDecorators(node)?.length ?? 0) > 0) return true
  if (ts.canHaveModifiers(node) && ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.AccessorKeyword)) return true
  return ts.forEachChild(node, (child) => decoratedOrAccessor(child) || undefined) ?? false
}
