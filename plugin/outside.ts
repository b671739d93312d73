// A module the bundler hands vtify that is not part of the program it compiles (a test directory
// the tsconfig does not include, a file above the root) is left as it is. When it imports a
// blocking primitive, that is a mistake that otherwise shows only when the call runs: the
// runtime then says the calling module was not compiled by vtify, and advises adding vtify() —
// which is there. VT0002 says what is wrong, where, at build time.
//
// Read from the import declarations' text: the module is outside the program, so TypeScript
// has not parsed it, and loading it to parse one file would cost a build the cache answers.

import fs from 'node:fs'
import path from 'node:path'
import { Codes, PRIMITIVES, RUNTIME_MODULE, codeFrame, withDocsLink } from '../compiler/node.js'
import type { BundlerLog } from './logs.js'

/** `import { … } from 'vtify/runtime'`, a default import before the braces allowed; not `import type`. */
const NAMED_IMPORTS = new RegExp(String.raw`\bimport\s+(?!type\s)(?:[\w$]+\s*,\s*)?\{([^}]*)\}\s*from\s*(['"])${RUNTIME_MODULE}\2`, 'g')

/** `import * as vt from 'vtify/runtime'`: the namespace's name. */
const NAMESPACE_IMPORT = new RegExp(String.raw`\bimport\s+\*\s+as\s+([\w$]+)\s+from\s*(['"])${RUNTIME_MODULE}\2`, 'g')

/** The first blocking primitive `code` imports from vtify/runtime, by name or read from a namespace import, with its offset. */
function importedPrimitive(code: string): { name: string; at: number } | undefined {
  return namedPrimitive(code) ?? namespacePrimitive(code)
}

/** `vt.VT_yield` of `import * as vt from 'vtify/runtime'`: where the primitive is read. */
function namespacePrimitive(code: string): { name: string; at: number } | undefined {
  for (const match of code.matchAll(NAMESPACE_IMPORT)) {
    const ns = match[1]!.replace(/\$/g, '\\$')
    for (const use of code.matchAll(new RegExp(String.raw`(?<![\w$.])${ns}\s*\.\s*([\w$]+)`, 'g'))) {
      if (PRIMITIVES.has(use[1]!)) return { name: use[1]!, at: use.index + use[0].length - use[1]!.length }
    }
  }
  return undefined
}

/** `import { VT_yield } from 'vtify/runtime'`: where the primitive is named. */
function namedPrimitive(code: string): { name: string; at: number } | undefined {
  for (const match of code.matchAll(NAMED_IMPORTS)) {
    const braces = match.index + match[0].indexOf('{') + 1
    let offset = 0
    for (const specifier of match[1]!.split(',')) {
      const name = /^\s*([\w$]+)/.exec(specifier)
      // `type VT_yield` imports a type only; `VT_yield as y` is still the primitive.
      if (name && name[1] !== 'type' && PRIMITIVES.has(name[1]!)) return { name: name[1]!, at: braces + offset + specifier.indexOf(name[1]!) }
      offset += specifier.length + 1
    }
  }
  return undefined
}

/** What vtify compiles, as the message names it, and how a file joins it. */
export interface ProgramName {
  program: string
  join: string
}

/** The program of `target` (what the plugin was pointed at): a tsconfig's, or a directory's source files. */
export function programOf(target: string): ProgramName {
  const tsconfig = target.endsWith('.json') ? target : path.join(target, 'tsconfig.json')
  if (target.endsWith('.json') || fs.existsSync(tsconfig)) {
    return { program: tsconfig, join: `Add the file to that tsconfig's "include" (or "files"), or give vtify({ tsconfig }) one that has it` }
  }
  return { program: `the source files under ${target}`, join: 'Move the file under that directory, or give vtify({ root }) a directory that holds it' }
}

/** The VT0002 warning for `file` (absolute), outside the program `name` names, or undefined when it imports no primitive. */
export function outsideWarning(file: string, code: string, name: ProgramName, vite: boolean): BundlerLog | undefined {
  const found = importedPrimitive(code)
  if (!found) return undefined
  const before = code.slice(0, found.at).split(/\r?\n/)
  const line = before.length
  const column = before.at(-1)!.length + 1
  const message = withDocsLink(
    Codes.outsideProgram,
    `this module imports ${found.name} but is not part of the program vtify compiles (${name.program}), so its functions are left as they are ` +
      `and a call of ${found.name} in them fails when it runs. ${name.join}`,
  )
  return {
    message: `${Codes.outsideProgram}: ${message}`,
    id: file,
    loc: { file, line, column: vite ? column : column - 1 },
    frame: codeFrame(code, line, column, column + found.name.length),
  }
}
