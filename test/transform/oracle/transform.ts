// The reference program of docs/semantics.md ("Reference semantics"): the same source with every
// multistate function a generator function and every state boundary (a multistate call or a
// primitive) a `yield*`.
// It reads the same analysis model as the transform, so the two differ only in how the
// semantics is implemented: generators on a naive scheduler versus vtify's state machines.

import path from 'node:path'
import ts from 'typescript'
import { functionNodeOf, type AnalysisModel, type Boundary, type FunctionInfo } from '../../../compiler/index.js'

interface Insert {
  at: number
  text: string
  /** Among inserts at one position: openings of longer spans first, closings of shorter first. */
  order: number
  /** Characters from `at` that the text replaces (none: an insertion). */
  replaces?: number
}

export function oracleProgram(program: ts.Program, model: AnalysisModel, scheduler: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const { file } of model.modules) {
    const sf = program.getSourceFile(path.resolve(model.root, file))!
    const functions = model.functions.filter((f) => f.file === file && f.multistate)
    const inserts: Insert[] = []
    const offsets = new Set(functions.map((f) => startOf(sf, f)))
    const spans = new Set(functions.flatMap((f) => f.boundaries.map(spanKey)))
    const isBoundary = (node: ts.Node): boolean => (ts.isCallExpression(node) || ts.isTaggedTemplateExpression(node)) && spans.has(nodeKey(sf, node))
    for (const offset of offsets) inserts.push(...generatorStar(sf, offset, offsets, isBoundary))
    const visit = (node: ts.Node): void => {
      if (isBoundary(node)) {
        const length = node.getEnd() - node.getStart(sf)
        inserts.push({ at: node.getStart(sf), text: 'vt$v(yield* vt$w(', order: -length }, { at: node.getEnd(), text: '))', order: length })
      }
      ts.forEachChild(node, visit)
    }
    visit(sf)
    inserts.sort((a, b) => b.at - a.at || b.order - a.order)
    let text = sf.text
    for (const i of inserts) text = text.slice(0, i.at) + i.text + text.slice(i.at + (i.replaces ?? 0))
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

/**
 * The multistate function at `offset` as a generator function: `function* f(`, `*m(` for a method,
 * and an arrow `(a) => body` as `function* (a) { body }`, bound to its lexical `this` if it reads it.
 */
function generatorStar(sf: ts.SourceFile, offset: number, multistate: ReadonlySet<number>, isBoundary: (node: ts.Node) => boolean): Insert[] {
  let found: ts.FunctionDeclaration | ts.FunctionExpression | ts.ArrowFunction | ts.MethodDeclaration | undefined
  const visit = (node: ts.Node): void => {
    if (found || offset < node.pos || offset >= node.end) return
    const kind = ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) || ts.isMethodDeclaration(node)
    if (kind && node.getStart(sf) === offset) found = node
    else ts.forEachChild(node, visit)
  }
  visit(sf)
  if (!found) throw new Error(`oracle: multistate function at ${offset} is not a function, arrow or method`)
  // A generator's parameters cannot yield: defaults that reach a boundary move into its body.
  const moved = found.parameters.some((p) => reaches(p, isBoundary)) ? paramsIntoBody(sf, found) : []
  if (ts.isMethodDeclaration(found)) {
    const star: Insert = { at: found.name.getStart(sf), text: '*', order: 0 }
    // In a class, `;` keeps `*` from multiplying a preceding field initialiser written without one.
    return [...(ts.isClassLike(found.parent) ? [{ at: found.getStart(sf), text: ';', order: -Infinity }, star] : [star]), ...moved]
  }
  if (ts.isArrowFunction(found)) {
    const outer = insideMultistateArrow(sf, found, multistate)
    const lexical = outer ? [] : [...superOutsideGenerators(sf, found), ...argumentsOutsideGenerators(sf, found)]
    return [...arrowAsGenerator(sf, found, moved.length > 0), ...moved, ...lexical]
  }
  const keyword = found.getChildren(sf).find((c) => c.kind === ts.SyntaxKind.FunctionKeyword)!
  return [{ at: keyword.getEnd(), text: '*', order: 0 }, ...moved]
}

function reaches(node: ts.Node, isBoundary: (node: ts.Node) => boolean): boolean {
  if (isBoundary(node)) return true
  if (ts.isFunctionLike(node) || ts.isClassLike(node)) return false
  return ts.forEachChild(node, (child) => reaches(child, isBoundary)) ?? false
}

/**
 * `(a: T = f(), [b] = g()): R {` as `(...vt$p) { let [a = f(), [b] = g()] = vt$p;`: the same
 * bindings, defaults run in order for undefined arguments, now where a generator may yield.
 * (Its `length` becomes 0; no corpus program with such defaults reads it.)
 */
function paramsIntoBody(sf: ts.SourceFile, fn: ts.SignatureDeclaration & { body?: ts.ConciseBody }): Insert[] {
  const open = fn.getChildren(sf).find((c) => c.kind === ts.SyntaxKind.OpenParenToken)!
  const close = fn.getChildren(sf).find((c) => c.kind === ts.SyntaxKind.CloseParenToken)!
  const body = fn.body!
  const inserts: Insert[] = [{ at: open.getStart(sf), text: '(...vt$p) { let [', order: 0, replaces: 1 }]
  for (const p of fn.parameters) {
    const colon = p.getChildren(sf).find((c) => c.kind === ts.SyntaxKind.ColonToken)
    if (p.type && colon) inserts.push({ at: colon.getStart(sf), text: '', order: 0, replaces: p.type.getEnd() - colon.getStart(sf) })
    if (p.questionToken) inserts.push({ at: p.questionToken.getStart(sf), text: '', order: 0, replaces: 1 })
  }
  const bodyStart = body.getStart(sf)
  const upTo = ts.isBlock(body) ? bodyStart + 1 : bodyStart
  // Replaced before anything is inserted there: a last default's boundary closes at this `)`.
  const head: Insert = { at: close.getStart(sf), text: `] = vt$p;${ts.isBlock(body) ? '' : ' return ('}`, order: Infinity, replaces: upTo - close.getStart(sf) }
  return ts.isBlock(body) ? [...inserts, head] : [...inserts, head, { at: body.getEnd(), text: '); }', order: body.getEnd() - bodyStart + 1 }]
}

/** `moved`: paramsIntoBody writes the parameter list, the arrow's `=>` and the braces. */
function arrowAsGenerator(sf: ts.SourceFile, arrow: ts.ArrowFunction, moved: boolean): Insert[] {
  const start = arrow.getStart(sf)
  const end = arrow.getEnd()
  const whole = end - start
  const parenthesized = arrow.getChildren(sf).some((c) => c.kind === ts.SyntaxKind.OpenParenToken)
  // Bound only when it reads `this`: a bound function loses the name a const gives an arrow.
  const bind = readsThis(arrow.body)
  const inserts: Insert[] = [{ at: start, text: `${bind ? '(' : ''}function* ${parenthesized ? '' : '('}`, order: -whole }]
  if (bind) inserts.push({ at: end, text: ').bind(this)', order: whole })
  if (moved) return inserts
  inserts.push({ at: arrow.equalsGreaterThanToken.getStart(sf), text: parenthesized ? '' : ')', order: 0, replaces: 2 })
  if (!ts.isBlock(arrow.body)) {
    // Just inside the arrow's own brackets, around any boundary spanning the whole body.
    const body = arrow.body.getEnd() - arrow.body.getStart(sf) + 0.5
    inserts.push({ at: arrow.body.getStart(sf), text: '{ return (', order: -body }, { at: arrow.body.getEnd(), text: ') }', order: body })
  }
  return inserts
}

/**
 * A generator function has no `super`: a multistate arrow that uses its method's `super` reads
 * it through `vt$super(key)`, an arrow created where the outermost such arrow stood (a place
 * where `super` is valid), which reads `super[key]` with the method's `this` as the receiver.
 * `super.m(…)` becomes `vt$super('m').call(this, …)` (the generator is bound to that `this`).
 */
function superOutsideGenerators(sf: ts.SourceFile, arrow: ts.ArrowFunction): Insert[] {
  const inserts: Insert[] = []
  const visit = (node: ts.Node): void => {
    if ((ts.isFunctionLike(node) && !ts.isArrowFunction(node)) || ts.isClassLike(node)) return
    if ((ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) && node.expression.kind === ts.SyntaxKind.SuperKeyword) {
      const start = node.getStart(sf)
      if (ts.isPropertyAccessExpression(node)) {
        inserts.push({ at: start, text: `vt$super(${JSON.stringify(node.name.text)})`, order: 0, replaces: node.getEnd() - start })
      } else {
        const key = node.argumentExpression.getStart(sf)
        inserts.push({ at: start, text: 'vt$super(', order: 0, replaces: key - start }, { at: node.getEnd() - 1, text: ')', order: 0, replaces: 1 })
      }
      if (ts.isCallExpression(node.parent) && node.parent.expression === node) {
        const open = node.parent.arguments.pos - 1
        inserts.push({ at: open, text: `.call(this${node.parent.arguments.length > 0 ? ', ' : ''}`, order: 0, replaces: 1 })
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(arrow.body)
  if (inserts.length === 0) return []
  const whole = arrow.getEnd() - arrow.getStart(sf) + 1
  return [
    { at: arrow.getStart(sf), text: '((vt$super) => ', order: -whole },
    { at: arrow.getEnd(), text: ')((vt$key) => super[vt$key])', order: whole },
    ...inserts,
  ]
}

/**
 * A generator function has an `arguments` of its own too: a multistate arrow reads its creator's
 * through `vt$args`, bound where the outermost such arrow stood. Every `arguments` in it (in
 * arrows inside it too) is replaced.
 */
function argumentsOutsideGenerators(sf: ts.SourceFile, arrow: ts.ArrowFunction): Insert[] {
  const inserts: Insert[] = []
  const visit = (node: ts.Node): void => {
    if ((ts.isFunctionLike(node) && !ts.isArrowFunction(node)) || ts.isClassLike(node)) return
    const isName = (ts.isPropertyAccessExpression(node.parent) || ts.isPropertyAssignment(node.parent)) && (node.parent as ts.NamedDeclaration).name === node
    if (ts.isIdentifier(node) && node.text === 'arguments' && !isName) inserts.push({ at: node.getStart(sf), text: 'vt$args', order: 0, replaces: 9 })
    ts.forEachChild(node, visit)
  }
  ts.forEachChild(arrow, visit)
  if (inserts.length === 0) return []
  // Outside superOutsideGenerators' wrapper.
  const whole = arrow.getEnd() - arrow.getStart(sf) + 2
  return [{ at: arrow.getStart(sf), text: '((vt$args) => ', order: -whole }, { at: arrow.getEnd(), text: ')(arguments)', order: whole }, ...inserts]
}

/** Whether `arrow` is inside another multistate arrow, up to the function it is in: that one binds what they read of their creator. */
function insideMultistateArrow(sf: ts.SourceFile, arrow: ts.ArrowFunction, multistate: ReadonlySet<number>): boolean {
  for (let up = arrow.parent; ts.isArrowFunction(up) || !ts.isFunctionLike(up); up = up.parent) {
    if (ts.isSourceFile(up)) return false
    if (ts.isArrowFunction(up) && multistate.has(up.getStart(sf))) return true
  }
  return false
}

/** An arrow body's `this` or `super` (inside nested arrows too, not inside other functions or classes). */
function readsThis(node: ts.Node): boolean {
  if (node.kind === ts.SyntaxKind.ThisKeyword || node.kind === ts.SyntaxKind.SuperKeyword) return true
  if ((ts.isFunctionLike(node) && !ts.isArrowFunction(node)) || ts.isClassLike(node)) return false
  return ts.forEachChild(node, readsThis) ?? false
}

/** Where a multistate function starts, found by its span (ids are opaque). */
function startOf(sf: ts.SourceFile, fn: FunctionInfo): number {
  const node = functionNodeOf(sf, fn)
  if (!node) throw new Error(`oracle: no function at the span of ${fn.name}`)
  return node.getStart(sf)
}

function spanKey(b: Boundary): string {
  return `${b.start}-${b.end}`
}

function nodeKey(sf: ts.SourceFile, node: ts.Node): string {
  return `${node.getStart(sf)}-${node.getEnd()}`
}
