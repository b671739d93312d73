// The suggestion of vtify/require-yield-in-loop: `VT_yield()` at the end of the loop body, through
// the file's existing import of vtify/runtime (named, aliased or namespace) or a new one.

import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils'
import { RUNTIME_MODULE as RUNTIME } from '../compiler/index.js'
import type { LoopNode } from './loop-bound.js'

const YIELD = 'VT_yield'

type Fixer = TSESLint.RuleFixer
type SourceCode = Readonly<TSESLint.SourceCode>

export function insertYield(sourceCode: SourceCode, loop: LoopNode): (fixer: Fixer) => TSESLint.RuleFix[] {
  return (fixer) => {
    const imported = yieldBinding(sourceCode.ast)
    const fixes = [bodyFix(sourceCode, loop.body, `${imported ?? YIELD}()`, fixer)]
    if (imported === undefined) fixes.push(importFix(sourceCode.ast, fixer))
    return fixes
  }
}

function runtimeImports(program: TSESTree.Program): TSESTree.ImportDeclaration[] {
  return program.body.filter(
    (s): s is TSESTree.ImportDeclaration => s.type === AST_NODE_TYPES.ImportDeclaration && s.source.value === RUNTIME && s.importKind !== 'type',
  )
}

/** How this file already refers to VT_yield: `VT_yield`, an alias, or `vt.VT_yield`. */
function yieldBinding(program: TSESTree.Program): string | undefined {
  for (const decl of runtimeImports(program)) {
    for (const spec of decl.specifiers) {
      if (spec.type === AST_NODE_TYPES.ImportNamespaceSpecifier) return `${spec.local.name}.${YIELD}`
      if (spec.type === AST_NODE_TYPES.ImportSpecifier && spec.importKind !== 'type' && importedName(spec) === YIELD) return spec.local.name
    }
  }
  return undefined
}

function importedName(spec: TSESTree.ImportSpecifier): string {
  return spec.imported.type === AST_NODE_TYPES.Identifier ? spec.imported.name : spec.imported.value
}

function importFix(program: TSESTree.Program, fixer: Fixer): TSESLint.RuleFix {
  const named = runtimeImports(program)
    .flatMap((d) => d.specifiers)
    .filter((s) => s.type === AST_NODE_TYPES.ImportSpecifier)
    .at(-1)
  if (named) return fixer.insertTextAfter(named, `, ${YIELD}`)
  const first = program.body[0]
  const statement = `import { ${YIELD} } from '${RUNTIME}'\n`
  return first ? fixer.insertTextBefore(first, statement) : fixer.insertTextAfterRange([0, 0], statement)
}

function bodyFix(sourceCode: SourceCode, body: TSESTree.Statement, call: string, fixer: Fixer): TSESLint.RuleFix {
  if (body.type !== AST_NODE_TYPES.BlockStatement) {
    const text = sourceCode.getText(body)
    return fixer.replaceText(body, `{ ${text.endsWith(';') ? text : `${text};`} ${call} }`)
  }
  const last = body.body.at(-1)
  if (!last) return fixer.replaceText(body, `{ ${call} }`)
  // A new line after the last statement, indented like it; the call starts with an identifier, so
  // automatic semicolon insertion ends the previous statement.
  const line = sourceCode.lines[last.loc.start.line - 1] ?? ''
  const indent = /^\s*/.exec(line)?.[0] ?? ''
  return fixer.insertTextAfter(last, `\n${indent}${call}`)
}
