// The reference program of DESIGN.md §2: the same source with every multistate function a
// generator function and every state boundary (a multistate call or a primitive) a `yield*`.
// It reads the same analysis model as the transform, so the two differ only in how the
// semantics is implemented: generators on a naive scheduler versus vtify's state machines.

import path from 'node:path'
import ts from 'typescript'
import type { AnalysisModel, Boundary } from '../../../compiler/index.js'

interface Insert {
  at: number
  text: string
  /** Among inserts at one position: openings of longer spans first, closings of shorter first. */
  order: number
}

export function oracleProgram(program: ts.Program, model: AnalysisModel, scheduler: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const { file } of model.modules) {
    const sf = program.getSourceFile(path.resolve(model.root, file))!
    const functions = model.functions.filter((f) => f.file === file && f.multistate)
    const inserts: Insert[] = []
    for (const f of functions) {
      const offset = Number(f.id.slice(f.id.lastIndexOf(':') + 1))
      inserts.push(...generatorStar(sf, offset))
    }
    const spans = new Set(functions.flatMap((f) => f.boundaries.map(spanKey)))
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && spans.has(nodeKey(sf, node))) {
        const length = node.getEnd() - node.getStart(sf)
        inserts.push({ at: node.getStart(sf), text: 'vt$v(yield* vt$w(', order: -length }, { at: node.getEnd(), text: '))', order: length })
      }
      ts.forEachChild(node, visit)
    }
    visit(sf)
    inserts.sort((a, b) => b.at - a.at || b.order - a.order)
    let text = sf.text
    for (const i of inserts) text = text.slice(0, i.at) + i.text + text.slice(i.at)
    text = text.replace(/(from\s*)(['"])vtify\/runtime\2/g, (_m, from: string) => `${from}${JSON.stringify(scheduler)}`)
    text = `import { vt$v, vt$w } from ${JSON.stringify(scheduler)};\n${text}`
    const js = ts.transpileModule(text, {
      fileName: sf.fileName,
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, rewriteRelativeImportExtensions: true },
    }).outputText
    out.set(file, js)
  }
  return out
}

/** `function f(` → `function* f(`: the star goes right after the `function` keyword. */
function generatorStar(sf: ts.SourceFile, offset: number): Insert[] {
  let found: ts.FunctionDeclaration | ts.FunctionExpression | undefined
  const visit = (node: ts.Node): void => {
    if (found || offset < node.pos || offset >= node.end) return
    if ((ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node)) && node.getStart(sf) === offset) found = node
    else ts.forEachChild(node, visit)
  }
  visit(sf)
  if (!found) throw new Error(`oracle: multistate function at ${offset} is not a function declaration or expression`)
  const keyword = found.getChildren(sf).find((c) => c.kind === ts.SyntaxKind.FunctionKeyword)!
  return [{ at: keyword.getEnd(), text: '*', order: 0 }]
}

function spanKey(b: Boundary): string {
  return `${b.line}:${b.column}:${b.endLine}:${b.endColumn}`
}

function nodeKey(sf: ts.SourceFile, node: ts.Node): string {
  const s = sf.getLineAndCharacterOfPosition(node.getStart(sf))
  const e = sf.getLineAndCharacterOfPosition(node.getEnd())
  return `${s.line + 1}:${s.character + 1}:${e.line + 1}:${e.character + 1}`
}
