// One pass over a source file: its functions, its calls (with what each callee may be), and the
// flow facts that carry function values through variables, parameters, properties and returns.

import ts from '#typescript'
import type { Span } from '../model.js'
import { callKey, locationOf, nodeKey, relativeFile, shortText, type ExtractContext } from './context.js'
import { calleeOf } from './callee.js'
import { moduleKey, returnSlot, type CalleeFact, type CallFact, type FileFacts, type FlowFact, type Term } from './facts.js'
import { destructuredSources, linkToContextualType, linkToHeritage } from './links.js'
import { fieldName, functionName, isFunctionLike, kindOf, staticBlockName, type FunctionLike } from './naming.js'
import { syntaxDiagnostics } from './syntax.js'
import { declarationsOf, isSlotDeclaration, termsOf } from './values.js'

export function extractFile(ctx: ExtractContext): FileFacts {
  const facts: FileFacts = {
    file: ctx.file,
    functions: [],
    calls: [],
    flows: [],
    deps: [],
    imports: importsOf(ctx),
    syntaxErrors: syntaxDiagnostics(ctx),
  }
  const walker = new Walker(ctx, facts)
  walker.visitChildren(ctx.sourceFile, moduleKey(ctx.file))
  facts.deps = [...ctx.deps].sort()
  return facts
}

class Walker {
  constructor(
    private readonly ctx: ExtractContext,
    private readonly facts: FileFacts,
  ) {}

  visitChildren(node: ts.Node, context: string): void {
    ts.forEachChild(node, (child) => this.visit(child, context))
  }

  private visit(node: ts.Node, context: string): void {
    if (isFunctionLike(node)) return this.visitFunction(node)
    if (ts.isPropertyDeclaration(node) && node.initializer) return this.visitField(node)
    if (ts.isClassStaticBlockDeclaration(node)) return this.visitPseudo(node, 'static-block', staticBlockName(node))
    if (ts.isCallExpression(node)) this.visitCall(node, context)
    this.recordFlow(node, context)
    this.visitChildren(node, context)
  }

  private visitFunction(fn: FunctionLike): void {
    const key = nodeKey(this.ctx, fn)
    const params = fn.parameters.filter((p) => !isThisParameter(p))
    const restIndex = params.findIndex((p) => p.dotDotDotToken)
    this.facts.functions.push({
      ...this.location(fn.name ?? fn),
      key,
      name: functionName(fn),
      kind: kindOf(fn),
      async: hasModifier(fn, ts.SyntaxKind.AsyncKeyword),
      generator: !!fn.asteriskToken,
      params: params.map((p) => (ts.isIdentifier(p.name) ? nodeKey(this.ctx, p) : null)),
      rest: restIndex >= 0 ? restIndex : null,
    })
    if (ts.isMethodDeclaration(fn)) this.addFlow(key, [{ fn: key }])
    if (ts.isMethodDeclaration(fn) || ts.isGetAccessorDeclaration(fn)) this.linkMember(fn, key)
    if (ts.isArrowFunction(fn) && !ts.isBlock(fn.body)) this.addFlow(returnSlot(key), termsOf(this.ctx, fn.body))
    this.visitChildren(fn, key)
  }

  private visitField(field: ts.PropertyDeclaration): void {
    const key = nodeKey(this.ctx, field)
    this.linkMember(field, key)
    this.visitPseudo(field, 'field', fieldName(field))
  }

  /** Field initialisers and static blocks run code but cannot hold a state boundary. */
  private visitPseudo(node: ts.PropertyDeclaration | ts.ClassStaticBlockDeclaration, kind: 'field' | 'static-block', name: string): void {
    const key = `${nodeKey(this.ctx, node)}:${kind}`
    this.facts.functions.push({ ...this.location(node), key, name, kind, async: false, generator: false, params: [], rest: null })
    if (ts.isPropertyDeclaration(node) && node.initializer) {
      this.addFlow(nodeKey(this.ctx, node), termsOf(this.ctx, node.initializer))
    }
    this.visitChildren(node, key)
  }

  private linkMember(member: ts.ClassElement | ts.ObjectLiteralElement, key: string): void {
    const targets = ts.isClassLike(member.parent)
      ? linkToHeritage(this.ctx, member as ts.ClassElement)
      : linkToContextualType(this.ctx, member as ts.ObjectLiteralElement)
    for (const target of targets) this.addFlow(target, [{ slot: key }])
  }

  private visitCall(call: ts.CallExpression, context: string): void {
    const { fact, args } = calleeOf(this.ctx, call)
    const spread = args.findIndex((a) => ts.isSpreadElement(a))
    const callFact: CallFact = {
      ...this.location(call),
      key: callKey(this.ctx, call),
      caller: context,
      text: shortText(call.expression),
      callee: fact,
      args: args.map((a) => termsOf(this.ctx, a)),
      argLocations: mayReceiveCallbacks(fact) ? args.map((a) => this.location(a)) : [],
      spread: spread >= 0 ? spread : null,
    }
    this.facts.calls.push(callFact)
  }

  /** Assignments, initialisers, returns and loop variables move function values into slots. */
  private recordFlow(node: ts.Node, context: string): void {
    if (ts.isVariableDeclaration(node) || ts.isParameter(node)) {
      this.flowIntoBinding(node, node.initializer ? termsOf(this.ctx, node.initializer) : [])
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      this.flowIntoTarget(node.left, termsOf(this.ctx, node.right))
    } else if (ts.isReturnStatement(node) && node.expression) {
      this.addFlow(returnSlot(context), termsOf(this.ctx, node.expression))
    } else if (ts.isForOfStatement(node) && ts.isVariableDeclarationList(node.initializer)) {
      const decl = node.initializer.declarations[0]
      if (decl) this.flowIntoBinding(decl, termsOf(this.ctx, node.expression))
    } else if (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) {
      const value = ts.isPropertyAssignment(node) ? node.initializer : node.name
      const key = nodeKey(this.ctx, node)
      this.addFlow(key, termsOf(this.ctx, value))
      this.linkMember(node, key)
    }
  }

  private flowIntoBinding(decl: ts.VariableDeclaration | ts.ParameterDeclaration, from: Term[]): void {
    if (ts.isIdentifier(decl.name)) {
      if (from.length > 0) this.addFlow(nodeKey(this.ctx, decl), from)
      return
    }
    // Destructuring: each bound name receives what the matching property of the declared or
    // inferred type holds (the initialiser's literal properties reach it through the type).
    for (const element of bindingElements(decl.name)) {
      const sources = destructuredSources(this.ctx, element).map((slot): Term => ({ slot }))
      this.addFlow(nodeKey(this.ctx, element), sources)
    }
  }

  private flowIntoTarget(target: ts.Expression, from: Term[]): void {
    if (from.length === 0) return
    for (const decl of declarationsOf(this.ctx, target)) {
      if (isSlotDeclaration(decl) && this.ctx.projectFiles.has(decl.getSourceFile().fileName)) {
        this.addFlow(nodeKey(this.ctx, decl), from)
      }
    }
  }

  private addFlow(to: string, from: Term[]): void {
    if (from.length > 0) this.facts.flows.push({ to, from } satisfies FlowFact)
  }

  private location(node: ts.Node): Span {
    return locationOf(this.ctx, node)
  }
}

/**
 * Calls whose callee may be code vtify does not transform, where a multistate callback is an
 * error (VT1002) to be reported at the argument. Direct calls of project functions and of the
 * runtime never are, and they are most calls: their argument positions are not computed.
 */
function mayReceiveCallbacks(callee: CalleeFact): boolean {
  return !('runtime' in callee) && !('terms' in callee && callee.direct)
}

function isThisParameter(p: ts.ParameterDeclaration): boolean {
  return ts.isIdentifier(p.name) && p.name.text === 'this'
}

function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node)?.some((m) => m.kind === kind) ?? false)
}

function bindingElements(pattern: ts.BindingPattern): ts.BindingElement[] {
  const out: ts.BindingElement[] = []
  for (const el of pattern.elements) {
    if (!ts.isBindingElement(el)) continue
    if (ts.isIdentifier(el.name)) out.push(el)
    else out.push(...bindingElements(el.name))
  }
  return out
}

function importsOf(ctx: ExtractContext): string[] {
  const out = new Set<string>()
  for (const stmt of ctx.sourceFile.statements) {
    const spec = (ts.isImportDeclaration(stmt) || ts.isExportDeclaration(stmt)) ? stmt.moduleSpecifier : undefined
    if (!spec) continue
    const target = ctx.checker.getSymbolAtLocation(spec)?.valueDeclaration?.getSourceFile().fileName
    if (target && ctx.projectFiles.has(target)) {
      out.add(relativeFile(ctx.root, target))
      ctx.deps.add(target)
    }
  }
  return [...out].sort()
}
