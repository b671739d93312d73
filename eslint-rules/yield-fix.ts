// The suggestion of vtify/require-yield-in-loop: `VT_yield()` at the end of the loop body, through
// the file's existing import of vtify/runtime (named, aliased or namespace), a `VT_yield` the module
// already has (imported from a module that re-exports the runtime's), or a new import.

import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils'
import { RUNTIME_MODULE as RUNTIME } from '../compiler/index.js'
import type { LoopNode } from './loop-bound.js'

const YIELD = 'VT_yield'

type Fixer = TSESLint.RuleFixer
type SourceCode = Readonly<TSESLint.SourceCode>
type Variable = TSESLint.Scope.Variable
export type YieldFix = (fixer: Fixer) => TSESLint.RuleFix[]

/** An import of the runtime's VT_yield: the call's text, and the variable its first name must be. */
interface RuntimeBinding {
  call: string
  variable: Variable | null
}

/** What the fixes need of the file's imports of the runtime. */
interface RuntimeImports {
  binding: RuntimeBinding | undefined
  /** The last named import of the runtime, which a new `VT_yield` joins. */
  lastNamed: TSESTree.ImportSpecifier | undefined
}

/**
 * The suggestion's fix for each loop of the file, or undefined where the call would not reach
 * the runtime's VT_yield: a variable of the loop's function shadows the name. The file's imports
 * are read once, not once per loop: a large file has thousands of loops.
 */
export function yieldFixes(sourceCode: SourceCode): (loop: LoopNode) => YieldFix | undefined {
  let imports: RuntimeImports | undefined
  return (loop) => {
    imports ??= runtimeImports(sourceCode)
    const { binding, lastNamed } = imports
    // The call goes at the end of the body: what its first name means there.
    const scope = sourceCode.getScope(loop.body)
    if (binding) {
      const root = binding.call.split('.')[0]!
      return ASTUtils.findVariable(scope, root) === binding.variable ? bodyFixer(sourceCode, loop, binding.call) : undefined
    }
    const existing = ASTUtils.findVariable(scope, YIELD)
    if (existing === null) return bodyFixer(sourceCode, loop, YIELD, (fixer) => importFix(sourceCode.ast, lastNamed, fixer))
    // A `VT_yield` of the module (import { VT_yield } from './vt.js') is the one to call; importing
    // the runtime's beside it would declare the name twice. One of the loop's function is not.
    return isModuleLevel(existing) ? bodyFixer(sourceCode, loop, YIELD) : undefined
  }
}

function bodyFixer(sourceCode: SourceCode, loop: LoopNode, call: string, addImport?: (fixer: Fixer) => TSESLint.RuleFix): YieldFix {
  return (fixer) => {
    const fixes = [bodyFix(sourceCode, loop.body, `${call}()`, fixer)]
    if (addImport) fixes.push(addImport(fixer))
    return fixes
  }
}

function isModuleLevel(variable: Variable): boolean {
  return variable.scope.type === 'module' || variable.scope.type === 'global'
}

function runtimeImports(sourceCode: SourceCode): RuntimeImports {
  const specifiers = sourceCode.ast.body
    .filter((s) => s.type === AST_NODE_TYPES.ImportDeclaration && s.source.value === RUNTIME && s.importKind !== 'type')
    .flatMap((decl) => (decl as TSESTree.ImportDeclaration).specifiers)
  const yieldSpec = specifiers.find(
    (spec) =>
      spec.type === AST_NODE_TYPES.ImportNamespaceSpecifier ||
      (spec.type === AST_NODE_TYPES.ImportSpecifier && spec.importKind !== 'type' && importedName(spec) === YIELD),
  )
  const lastNamed = specifiers.filter((s) => s.type === AST_NODE_TYPES.ImportSpecifier).at(-1)
  return { binding: yieldSpec && runtimeBinding(sourceCode, yieldSpec), lastNamed }
}

/** How this file refers to the runtime's VT_yield through `spec`: `VT_yield`, an alias, or `vt.VT_yield`. */
function runtimeBinding(sourceCode: SourceCode, spec: TSESTree.ImportClause): RuntimeBinding {
  const call = spec.type === AST_NODE_TYPES.ImportNamespaceSpecifier ? `${spec.local.name}.${YIELD}` : spec.local.name
  return { call, variable: sourceCode.scopeManager?.getDeclaredVariables(spec)[0] ?? null }
}

function importedName(spec: TSESTree.ImportSpecifier): string {
  return spec.imported.type === AST_NODE_TYPES.Identifier ? spec.imported.name : spec.imported.value
}

function importFix(program: TSESTree.Program, lastNamed: TSESTree.ImportSpecifier | undefined, fixer: Fixer): TSESLint.RuleFix {
  if (lastNamed) return fixer.insertTextAfter(lastNamed, `, ${YIELD}`)
  const first = program.body[0]
  const statement = `import { ${YIELD} } from '${RUNTIME}'\n`
  return first ? fixer.insertTextBefore(first, statement) : fixer.insertTextAfterRange([0, 0], statement)
}

/** Statements that leave the iteration: a call after one, at the end of the body, is never reached. */
const JUMPS: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.ContinueStatement,
  AST_NODE_TYPES.BreakStatement,
  AST_NODE_TYPES.ReturnStatement,
  AST_NODE_TYPES.ThrowStatement,
])

/**
 * The call at the end of the loop body; at its start when the body ends in a jump, since every
 * iteration enters the body there (at the end, after `continue`, it would be dead code and leave
 * the path the rule reported).
 */
function bodyFix(sourceCode: SourceCode, body: TSESTree.Statement, call: string, fixer: Fixer): TSESLint.RuleFix {
  if (body.type !== AST_NODE_TYPES.BlockStatement) {
    const text = sourceCode.getText(body)
    const statement = text.endsWith(';') ? text : `${text};`
    return fixer.replaceText(body, JUMPS.has(body.type) ? `{ ${call}; ${statement} }` : `{ ${statement} ${call} }`)
  }
  const first = body.body[0]
  const last = body.body.at(-1)
  if (!first || !last) return fixer.replaceText(body, `{ ${call} }`)
  if (JUMPS.has(last.type)) {
    // A statement starting with `(`, `[`, a template, `+`, `-` or `/` would continue the call's
    // expression on the next line: automatic semicolon insertion does not end it there.
    const separator = /^[([`+\-/]/.test(sourceCode.getText(first)) ? ';' : ''
    return fixer.insertTextBefore(first, `${call}${separator}\n${indentOf(sourceCode, first)}`)
  }
  // A new line after the last statement, indented like it; the call starts with an identifier, so
  // automatic semicolon insertion ends the previous statement.
  return fixer.insertTextAfter(last, `\n${indentOf(sourceCode, last)}${call}`)
}

/** The white space that starts the line `node` starts on. */
function indentOf(sourceCode: SourceCode, node: TSESTree.Node): string {
  const line = sourceCode.lines[node.loc.start.line - 1] ?? ''
  return /^\s*/.exec(line)?.[0] ?? ''
}
