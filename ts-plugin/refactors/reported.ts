// The nodes the model reports with a given code at a position: what a quick fix (or the refactor
// that makes the same edit) rewrites.

import type ts from 'typescript'
import { nodeSpanning } from '../../compiler/index.js'
import type { RefactorContext } from './refactor.js'

export function reportedAt(ctx: RefactorContext, code: string): ts.Node[] {
  const { sourceFile } = ctx.file
  return ctx.file.entries.diagnostics
    .filter((d) => d.code === code && d.start <= ctx.position && ctx.position <= d.end)
    .flatMap((d) => nodeSpanning(sourceFile, d) ?? [])
}
