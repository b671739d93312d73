// The shape of a vtify refactor: find what it applies to at a position, then compute its edits.
// Refactors, unlike code fixes, are offered without a TypeScript error code to hang them on.

import type ts from 'typescript'
import type { FileView, ModelView } from '../model-view.js'

export interface RefactorContext {
  model: ModelView
  file: FileView
  /** The cursor, or the start of the selection. */
  position: number
}

export interface RefactorDefinition<Target> {
  name: string
  description: string
  kind: string
  find(ctx: RefactorContext): Target | undefined
  /** Undefined when the edit cannot be made there after all (a name it needs is hidden). */
  changes(ctx: RefactorContext, target: Target): ts.TextChange[] | undefined
}

export interface Refactor {
  name: string
  description: string
  kind: string
  applies(ctx: RefactorContext): boolean
  /** The edits in the file, in source order; undefined when the refactor no longer applies. */
  edits(ctx: RefactorContext): ts.TextChange[] | undefined
}

export function defineRefactor<Target>(definition: RefactorDefinition<Target>): Refactor {
  const { name, description, kind } = definition
  const edits = (ctx: RefactorContext): ts.TextChange[] | undefined => {
    const target = definition.find(ctx)
    return target === undefined ? undefined : definition.changes(ctx, target)?.sort((a, b) => a.span.start - b.span.start)
  }
  // Offered where the edits can be made, not only where there is something to edit.
  return { name, description, kind, applies: (ctx) => edits(ctx) !== undefined, edits }
}

/** Whether a statement ends with `;`: inserted statements follow the file's style. */
export function endsWithSemicolon(node: ts.Node, sourceFile: ts.SourceFile): boolean {
  return node.getText(sourceFile).endsWith(';')
}

/** The file's line break: inserted lines follow it, so that a CRLF file does not get LF lines. */
export function newLineOf(sourceFile: ts.SourceFile): string {
  const end = sourceFile.text.indexOf('\n')
  return end > 0 && sourceFile.text[end - 1] === '\r' ? '\r\n' : '\n'
}
