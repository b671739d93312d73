// The inputs of a build from its project's ts.Program: every file the program read, hashed as the
// program read it (not as the disk has it now: an edit during the build must not be recorded as
// built), the package.json files its resolution read, and the directories whose listing can change
// the program. TypeScript's own lib files are left out: the TypeScript version, part of every key,
// covers them.

import { createRequire } from 'node:module'
import path from 'node:path'
import type ts from 'typescript'
import { isInstalledFile } from '../load/file-kinds.js'
import type { ProgramInput } from '../load/input.js'
import type { Project } from '../project.js'
import { hashFile, hashText } from './hash.js'
import type { InputRecord, WatchedDirectory } from './inputs.js'
import { recordInputs } from './inputs.js'

// Looked up when a program is recorded, not when this module loads: a build answered from the
// cache, or a runtime-only install, must not need TypeScript to be found.
let typescriptLib: string | undefined

export function programInputs(project: Project): InputRecord {
  const program = project.getProgram()
  const { input } = project
  const lib = (typescriptLib ??= path.dirname(createRequire(import.meta.url).resolve('typescript')))
  const sources = program.getSourceFiles().filter((sf) => !sf.fileName.startsWith(lib + path.sep) && !sf.fileName.startsWith(`${lib}/`))
  const record = recordInputs([], watchedDirectories(sources, input))
  for (const sf of sources) record.files[sf.fileName] = hashText(sf.text)
  // A file the program did not read can still decide it: the tsconfig and what it extends, as read.
  Object.assign(record.files, input.madeFrom.configs)
  // A dependency's `exports` or `types` decide which of its files an import reads.
  for (const pkg of project.packageFiles()) record.files[pkg] = hashFile(pkg)
  return record
}

/**
 * The record of a build that read part of its program (a build after an edit): what it read, and
 * for the rest what the build before it read — unchanged, or the build could not have started from it.
 */
export function mergeInputs(earlier: InputRecord, read: InputRecord): InputRecord {
  return { files: { ...earlier.files, ...read.files }, listings: { ...earlier.listings, ...read.listings } }
}

/**
 * The input's own directories, plus each directory holding a project file (a new `./x.ts` can
 * change what an import of `./x` resolves to) and the root's `node_modules/@types` (a newly
 * installed types package is part of every program).
 */
function watchedDirectories(sources: readonly ts.SourceFile[], input: ProgramInput): WatchedDirectory[] {
  const own = sources.filter((sf) => !isInstalledFile(sf.fileName)).map((sf) => path.dirname(sf.fileName))
  const flat = [...new Set([...own, path.join(input.root, 'node_modules', '@types')])].map((dir) => ({ dir, recursive: false }))
  return [...input.madeFrom.directories, ...flat]
}
