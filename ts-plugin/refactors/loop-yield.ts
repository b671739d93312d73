// "Insert VT_yield() at the end of this loop": offered on the header of a loop that has no state
// boundary, inside a function that can hold one, so that a long loop lets other threads run. At
// the start of the body when it ends in continue, break, return or throw, after which the call
// would never run (as require-yield-in-loop's suggestion does).

import ts from 'typescript'
import { nodeAt, type FunctionInfo } from '../../compiler/index.js'
import type { FileView } from '../model-view.js'
import { defineRefactor, endsWithSemicolon, newLineOf, type RefactorContext } from './refactor.js'
import { runtimeReference } from './runtime-import.js'

export const loopYield = defineRefactor<ts.IterationStatement>({
  name: 'vtify: insert VT_yield',
  description: 'Insert VT_yield() at the end of this loop',
  kind: 'refactor.rewrite.vtify.yield',
  find: loopAt,
  changes(ctx, loop) {
    const { sourceFile } = ctx.file
    const body = loop.statement
    // Where the call goes: in the body, among its own declarations.
    const reference = runtimeReference({ at: body, checker: ctx.model.program.getTypeChecker() }, 'VT_yield')
    if (!reference) return undefined
    const { expression, importChange } = reference
    const call = `${expression}()`
    const change = ts.isBlock(body) ? appendToBlock(sourceFile, body, call) : wrapInBlock(sourceFile, body, call)
    return importChange ? [change, importChange] : [change]
  },
})

function loopAt(ctx: RefactorContext): ts.IterationStatement | undefined {
  const { sourceFile } = ctx.file
  for (let node: ts.Node = nodeAt(sourceFile, ctx.position); !ts.isSourceFile(node); node = node.parent) {
    if (ts.isFunctionLike(node)) return undefined
    if (ts.isIterationStatement(node, false)) {
      const onHeader = ctx.position < node.statement.getStart(sourceFile)
      return onHeader && !hasBoundary(ctx.file, node) ? node : undefined
    }
  }
  return undefined
}

/** Whether the loop already suspends, or cannot: at top level, in an async function, a constructor… */
function hasBoundary(file: FileView, loop: ts.IterationStatement): boolean {
  const fn = enclosingFunction(file, loop)
  if (!fn || !canHoldBoundary(fn)) return true
  const start = loop.getStart(file.sourceFile)
  return file.entries.boundaries.some(({ fn: of, boundary }) => of === fn && boundary.start >= start && boundary.start < loop.getEnd())
}

function enclosingFunction(file: FileView, node: ts.Node): FunctionInfo | undefined {
  let fn = node.parent
  while (!ts.isSourceFile(fn) && !ts.isFunctionLike(fn)) fn = fn.parent
  return file.entries.functionOf(fn)
}

function canHoldBoundary(fn: FunctionInfo): boolean {
  return (fn.kind === 'function' || fn.kind === 'arrow' || fn.kind === 'method') && !fn.async && !fn.generator
}

function appendToBlock(sourceFile: ts.SourceFile, block: ts.Block, call: string): ts.TextChange {
  const last = block.statements[block.statements.length - 1]
  // After a body's final continue (break, return, throw) the call would never run.
  if (last && isJump(last)) return prependTo(sourceFile, block.statements[0]!, call)
  const semicolon = last && endsWithSemicolon(last, sourceFile) ? ';' : ''
  const closing = block.getEnd() - 1
  const lineStart = closing - column(sourceFile, closing)
  if (last && sourceFile.text.slice(lineStart, closing).trim() === '') {
    // The closing brace has a line of its own: the call goes on a new line before it.
    return { span: { start: lineStart, length: 0 }, newText: `${indentation(sourceFile, last)}${call}${semicolon}${newLineOf(sourceFile)}` }
  }
  if (!last) return { span: { start: closing, length: 0 }, newText: ` ${call} ` }
  return { span: { start: last.getEnd(), length: 0 }, newText: `${semicolon ? ' ' : '; '}${call}${semicolon}` }
}

/** The call before the body's first statement, which every iteration enters. */
function prependTo(sourceFile: ts.SourceFile, first: ts.Statement, call: string): ts.TextChange {
  const start = first.getStart(sourceFile)
  const text = first.getText(sourceFile)
  // Without a semicolon, a statement starting with ( [ ` + - / would continue the call.
  const semicolon = endsWithSemicolon(first, sourceFile) || /^[([`+\-/]/.test(text) ? ';' : ''
  const ownLine = sourceFile.text.slice(start - column(sourceFile, start), start).trim() === ''
  const newText = ownLine ? `${call}${semicolon}${newLineOf(sourceFile)}${indentation(sourceFile, first)}` : `${call}; `
  return { span: { start, length: 0 }, newText }
}

function wrapInBlock(sourceFile: ts.SourceFile, statement: ts.Statement, call: string): ts.TextChange {
  const text = statement.getText(sourceFile)
  const semicolon = endsWithSemicolon(statement, sourceFile)
  const newText = isJump(statement) ? `{ ${call}; ${text} }` : semicolon ? `{ ${text} ${call}; }` : `{ ${text}; ${call} }`
  return { span: { start: statement.getStart(sourceFile), length: text.length }, newText }
}

function isJump(statement: ts.Statement): boolean {
  return ts.isContinueStatement(statement) || ts.isBreakStatement(statement) || ts.isReturnStatement(statement) || ts.isThrowStatement(statement)
}

function column(sourceFile: ts.SourceFile, position: number): number {
  return sourceFile.getLineAndCharacterOfPosition(position).character
}

function indentation(sourceFile: ts.SourceFile, node: ts.Node): string {
  const start = node.getStart(sourceFile)
  return sourceFile.text.slice(start - column(sourceFile, start), start)
}
