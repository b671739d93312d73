// The vtify quick fixes: for a diagnostic the model reports, the edits that fix it while keeping
// what the program does (docs/errors.md). Each is the same kind of definition as a refactor, found
// from the diagnostic's position; spawnCallback is also offered as a refactor.

import type ts from 'typescript'
import { Codes } from '../../compiler/index.js'
import { CODE_OFFSET } from '../diagnostics.js'
import type { Refactor, RefactorContext } from '../refactors/index.js'
import { spawnCallback } from '../refactors/spawn-callback.js'
import { awaitRun } from './await-run.js'
import { forEachLoop } from './for-each.js'
import { spawnJoin } from './spawn-join.js'

interface CodeFix {
  /** The VT code of the diagnostics it fixes. */
  code: string
  fix: Refactor
}

const CODE_FIXES: readonly CodeFix[] = [
  { code: Codes.recursion, fix: spawnJoin },
  { code: Codes.callbackToUntransformed, fix: forEachLoop },
  { code: Codes.callbackToUntransformed, fix: spawnCallback },
  { code: Codes.insideAsyncOrGenerator, fix: awaitRun },
]

/** The numeric codes (as tsserver keys quick fixes) that have a vtify fix. */
export const FIXABLE_CODES: readonly string[] = [...new Set(CODE_FIXES.map(({ code }) => String(numeric(code))))]

/** The fixes of the diagnostics at `ctx.position` whose numeric code is in `errorCodes`. */
export function codeFixesAt(ctx: RefactorContext, errorCodes: readonly number[]): ts.CodeFixAction[] {
  const fileName = ctx.file.sourceFile.fileName
  return CODE_FIXES.filter(({ code }) => errorCodes.includes(numeric(code))).flatMap(({ fix }) => {
    const textChanges = fix.edits(ctx)
    return textChanges ? [{ fixName: fix.name, description: fix.description, changes: [{ fileName, textChanges }] }] : []
  })
}

function numeric(code: string): number {
  return CODE_OFFSET + Number(code.slice(2))
}
