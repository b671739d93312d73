// One pass over a source file: its functions, its calls (with what each callee may be), and the
// flow facts that carry function values through variables, parameters, properties and returns.

import ts from '#typescript'
import type { Span } from '../model.js'
import { callKey, locationOf, nodeKey, relativeFile, shortText, type ExtractContext } from './context.js'
import { calleeOf, constructorFunctionOf, constructorOf, tagCalleeOf, type CalleeInfo } from './callee.js'
import {
  ESCAPED,
  accessorSlot,
  moduleKey,
  returnSlot,
  storedMember,
  type CalleeFact,
  type CallFact,
  type FunctionFact,
  type FileFacts,
  type FlowFact,
  type Term,
} from './facts.js'
import { destructuredSources, linkToContextualType, linkToHeritage } from './links.js'
import {
  fieldName,
  functionName,
  assignedMember,
  implicitCall,
  isFunctionLike,
  isThisParameter,
  kindOf,
  literalKey,
  memberKey,
  staticBlockName,
  type FunctionLike,
} from './naming.js'
import { syntaxDiagnostics } from './syntax.js'
import { withSpan } from '../locate.js'
import { skipOuter } from '../outer.js'
import { declarationsOf, descriptorFunctions, isExpandoAssignment, isSlotDeclaration, memberFunctions, termsOf } from './values.js'
import { elementCallback, isArray } from './containers.js'
import { descriptorArgument, inspectsOnly } from './inspectors.js'
import { getterMembers } from './namespaces.js'
import { valueShape } from './shapes.js'
import { resolvedSymbol } from './symbols.js'

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
    if (isFunctionLike(node)) return this.visitFunction(node, context)
    if (ts.isPropertyDeclaration(node) && node.initializer) return this.visitField(node, context)
    if (ts.isClassStaticBlockDeclaration(node)) return this.visitPseudo(node, 'static-block', staticBlockName(node), context)
    if (ts.isCallExpression(node)) {
      this.recordCall(node, calleeOf(this.ctx, node), context)
      this.flowFromGetters(node)
    }
    if (ts.isTaggedTemplateExpression(node)) this.recordCall(node, tagCalleeOf(this.ctx, node), context)
    if (ts.isNewExpression(node)) this.visitNew(node, context)
    this.recordFlow(node, context)
    this.visitChildren(node, context)
  }

  private visitFunction(fn: FunctionLike, outer: string): void {
    const key = nodeKey(this.ctx, fn)
    const params = fn.parameters.filter((p) => !isThisParameter(p))
    const restIndex = params.findIndex((p) => p.dotDotDotToken)
    const fact: FunctionFact = withSpan(this.location(fn.name ?? fn), {
      key,
      name: functionName(fn),
      kind: kindOf(fn),
      async: hasModifier(fn, ts.SyntaxKind.AsyncKeyword),
      generator: !!fn.asteriskToken,
      params: params.map((p) => (ts.isIdentifier(p.name) ? nodeKey(this.ctx, p) : null)),
      rest: restIndex >= 0 ? restIndex : null,
      shape: canBeValue(fn) ? valueShape(this.ctx, fn) : undefined,
    })
    const implicit = implicitCall(fn)
    if (implicit !== undefined) fact.implicit = implicit
    const member = assignedMember(fn)
    if (member !== undefined) fact.member = member
    this.facts.functions.push(fact)
    if (ts.isMethodDeclaration(fn)) this.addFlow(key, [{ fn: key }])
    // Reading `o.p` of a getter gives what the getter returns.
    if (ts.isGetAccessorDeclaration(fn)) this.addFlow(key, [{ slot: returnSlot(key) }])
    if (ts.isMethodDeclaration(fn) || ts.isGetAccessorDeclaration(fn)) {
      const linked = this.linkMember(fn, key)
      if (linked === 0 && isUnnamedByContext(this.ctx, fn)) this.storeUntracked([{ slot: key }], memberKey(fn.name))
    }
    if (ts.isArrowFunction(fn) && !ts.isBlock(fn.body)) this.addFlow(returnSlot(key), termsOf(this.ctx, fn.body))
    this.visitMember(fn, outer, key)
  }

  private visitField(field: ts.PropertyDeclaration, outer: string): void {
    const key = nodeKey(this.ctx, field)
    this.linkMember(field, key)
    this.visitPseudo(field, 'field', fieldName(field), outer)
  }

  /**
   * A member's computed name (`[f()]() {}`, `[k] = v`) is evaluated where the class or object is
   * made, by the code around it; the rest runs as the member.
   */
  private visitMember(member: ts.Node, outer: string, inner: string): void {
    const name = ts.getNameOfDeclaration(member as ts.Declaration)
    ts.forEachChild(member, (child) => this.visit(child, child === name && ts.isComputedPropertyName(child) ? outer : inner))
  }

  /** Field initialisers and static blocks run code but cannot hold a state boundary. */
  private visitPseudo(node: ts.PropertyDeclaration | ts.ClassStaticBlockDeclaration, kind: 'field' | 'static-block', name: string, outer: string): void {
    const key = `${nodeKey(this.ctx, node)}:${kind}`
    this.facts.functions.push(withSpan(this.location(node), { key, name, kind, async: false, generator: false, params: [], rest: null }))
    if (ts.isPropertyDeclaration(node) && node.initializer) {
      this.addFlow(nodeKey(this.ctx, node), termsOf(this.ctx, node.initializer))
    }
    this.visitMember(node, outer, key)
  }

  /** Connects a member to what it implements; how many declared members that is. */
  private linkMember(member: ts.ClassElement | ts.ObjectLiteralElement, key: string): number {
    const targets = ts.isClassLike(member.parent)
      ? linkToHeritage(this.ctx, member as ts.ClassElement)
      : linkToContextualType(this.ctx, member as ts.ObjectLiteralElement)
    for (const target of targets) this.addFlow(target, [{ slot: key }])
    return targets.length
  }

  private visitNew(node: ts.NewExpression, context: string): void {
    const fn = constructorFunctionOf(this.ctx, node)
    if (fn) return this.flowIntoParameters(fn, node.arguments ?? [])
    const callee = constructorOf(this.ctx, node)
    if (callee) this.recordCall(node, callee, context)
  }

  /** Arguments into the parameters they bind, up to a spread argument or a rest parameter. */
  private flowIntoParameters(fn: ts.SignatureDeclaration, args: readonly ts.Expression[]): void {
    const params = fn.parameters.filter((p) => !isThisParameter(p))
    for (const [i, arg] of args.entries()) {
      const param = params[i]
      if (ts.isSpreadElement(arg) || !param || param.dotDotDotToken) return
      if (ts.isIdentifier(param.name)) this.addFlow(nodeKey(this.ctx, param), termsOf(this.ctx, arg))
    }
  }

  private recordCall(call: ts.CallExpression | ts.NewExpression | ts.TaggedTemplateExpression, { fact, args, shape }: CalleeInfo, context: string): void {
    const terms = args.map((a, i) => ('external' in fact ? externalArgument(this.ctx, fact.external, a, i) : termsOf(this.ctx, a)))
    // `new Uint8Array(n)`: untransformed code given no function has nothing to tell the analysis.
    if (ts.isNewExpression(call) && 'external' in fact && terms.every((t) => t.length === 0)) return
    const spread = args.findIndex((a) => ts.isSpreadElement(a))
    const callFact: CallFact = withSpan(this.location(call), {
      key: callKey(this.ctx, call),
      caller: context,
      text: shortText(ts.isTaggedTemplateExpression(call) ? call.tag : call.expression),
      callee: fact,
      args: terms,
      argLocations: mayReceiveCallbacks(fact) ? args.map((a) => this.location(a)) : [],
      spread: spread >= 0 ? spread : null,
      shape,
    })
    this.facts.calls.push(callFact)
    // A template tag is given strings and substitutions: not a container, nor an array method.
    if (ts.isTaggedTemplateExpression(call)) return
    if ('external' in fact && fact.stores) this.recordStored(call, callFact.args)
    // `arr.forEach((f) => f(x))`: a multistate function kept in arr makes the callback multistate,
    // and VT1002 then says it cannot suspend inside forEach, where it would fail at run time.
    const callback = 'external' in fact ? elementCallback(call, fact.external) : undefined
    if (callback) this.addFlow(nodeKey(this.ctx, callback.param), termsOf(this.ctx, callback.array))
  }

  /** `__export(ns, { f: () => f })`: reading `ns.f` gives what the member's function returns (namespaces.ts). */
  private flowFromGetters(call: ts.CallExpression): void {
    for (const member of getterMembers(this.ctx, call)?.properties ?? []) {
      const key = member.name && memberKey(member.name)
      if (key === undefined) continue
      const getters: Term[] = ts.isPropertyAssignment(member)
        ? termsOf(this.ctx, member.initializer)
        : ts.isMethodDeclaration(member) && member.body
          ? [{ fn: nodeKey(this.ctx, member) }]
          : []
      this.addFlow(
        storedMember(key),
        getters.flatMap((t): Term[] => ('fn' in t ? [{ slot: returnSlot(t.fn) }] : [])),
      )
    }
  }

  /**
   * Functions handed to a container escape the flow; those pushed into an array also land in the
   * array's slot, where the flow reads elements back (`arr[i]`, `for…of`).
   */
  private recordStored(call: ts.CallExpression | ts.NewExpression, args: Term[][]): void {
    const stored = args.flat()
    this.addFlow(ESCAPED, stored)
    const callee = skipOuter(call.expression)
    if (ts.isCallExpression(call) && ts.isPropertyAccessExpression(callee)) this.flowIntoTarget(callee.expression, stored)
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
      // `({ onEnd = done } = options)`: the default is assigned to onEnd.
      if (ts.isShorthandPropertyAssignment(node) && node.objectAssignmentInitializer) {
        this.flowIntoTarget(node.name, termsOf(this.ctx, node.objectAssignmentInitializer))
      }
      const value = ts.isPropertyAssignment(node) ? node.initializer : node.name
      const key = nodeKey(this.ctx, node)
      const terms = termsOf(this.ctx, value)
      this.addFlow(key, terms)
      // A property no declared type names (a record, an untyped object) can be read by a computed key.
      if (this.linkMember(node, key) === 0) this.storeUntracked(terms, memberKey(node.name))
    }
  }

  private flowIntoBinding(decl: ts.VariableDeclaration | ts.ParameterDeclaration, from: Term[]): void {
    if (ts.isIdentifier(decl.name)) {
      if (from.length > 0) this.addFlow(nodeKey(this.ctx, decl), from)
      return
    }
    // Destructuring: each bound name receives what the matching property of the declared or
    // inferred type holds (the initialiser's literal properties reach it through the type), and
    // its default (`const { onEnd = done } = options`).
    for (const element of bindingElements(decl.name)) {
      const sources = destructuredSources(this.ctx, element).map((slot): Term => ({ slot }))
      const defaults = element.initializer ? termsOf(this.ctx, element.initializer) : []
      this.addFlow(nodeKey(this.ctx, element), [...sources, ...defaults])
    }
  }

  /**
   * `x = f`, `o.p = f`, `arr[i] = f` (into arr: arrays collapse to their elements); elsewhere — a
   * record's computed key, a property nothing declares — f escapes.
   */
  private flowIntoTarget(target: ts.Expression, from: Term[]): void {
    if (from.length === 0) return
    const node = skipOuter(target)
    if (ts.isElementAccessExpression(node) && !resolvedSymbol(this.ctx, node)) {
      return isArray(this.ctx, node.expression) ? this.flowIntoTarget(node.expression, from) : this.storeUntracked(from, literalKey(node.argumentExpression))
    }
    // `f = g` of a function declaration f: g flows to f's callers (compiler/reassigned.ts).
    const slots = declarationsOf(this.ctx, node).filter(
      (d) => (isSlotDeclaration(d) || ts.isFunctionDeclaration(d)) && this.ctx.projectFiles.has(d.getSourceFile().fileName),
    )
    for (const decl of slots) this.addFlow(nodeKey(this.ctx, decl), from)
    // A property JavaScript declares by assigning it (`this.override = cb` in a constructor
    // function) is read on receivers no type describes: kept under its name too, as an
    // undeclared one is (acorn's `curContext.override(this)`).
    if (ts.isPropertyAccessExpression(node) && slots.some(isExpandoAssignment)) this.addFlow(storedMember(node.name.text), from)
    if (slots.length > 0) return
    if (ts.isPropertyAccessExpression(node)) {
      this.flowIntoAccessor(node, from)
      this.storeUntracked(from, node.name.text)
    } else if (ts.isElementAccessExpression(node)) this.storeUntracked(from, literalKey(node.argumentExpression))
    else this.addFlow(ESCAPED, from)
  }

  /** `d.get = f`, `d.set = f` on an object a project declaration holds: kept for descriptorFunctions. */
  private flowIntoAccessor(target: ts.PropertyAccessExpression, from: Term[]): void {
    const accessor = target.name.text
    if (accessor !== 'get' && accessor !== 'set') return
    for (const decl of declarationsOf(this.ctx, target.expression)) {
      if (this.ctx.projectFiles.has(decl.getSourceFile().fileName)) this.addFlow(accessorSlot(nodeKey(this.ctx, decl), accessor), from)
    }
  }

  /**
   * Functions stored in a property the flow does not follow escape; the property's name (none for
   * a key known only at run time) is kept for calls that read it (facts.ts storedMember).
   */
  private storeUntracked(from: Term[], key: string | undefined): void {
    this.addFlow(ESCAPED, from)
    this.addFlow(storedMember(key), from)
  }

  private addFlow(to: string, from: Term[]): void {
    if (from.length > 0) this.facts.flows.push({ to, from } satisfies FlowFact)
  }

  private location(node: ts.Node): Span {
    return locationOf(this.ctx, node)
  }
}

/**
 * The functions untransformed code may call among those an argument holds: the argument's, and
 * the members of an object given to it (a Proxy handler's traps, an options object's callbacks);
 * of a property descriptor, the accessors it installs; none where it only looks at them
 * (inspectors.ts).
 */
function externalArgument(ctx: ExtractContext, external: string, arg: ts.Expression, index: number): Term[] {
  if (inspectsOnly(external, index)) return []
  const descriptor = descriptorArgument(external, index)
  return descriptor ? descriptorFunctions(ctx, arg, descriptor === 'map') : [...termsOf(ctx, arg), ...memberFunctions(ctx, arg)]
}

/**
 * Calls whose callee may be code vtify does not transform, where a multistate callback is an
 * error (VT1002) to be reported at the argument. Direct calls of project functions and of the
 * runtime never are, and they are most calls: their argument positions are not computed.
 */
function mayReceiveCallbacks(callee: CalleeFact): boolean {
  return !('runtime' in callee) && !('terms' in callee && callee.direct)
}

/** Functions whose value a program can store and call later; accessors and constructors are not. */
function canBeValue(fn: FunctionLike): boolean {
  return !ts.isConstructorDeclaration(fn) && !ts.isGetAccessorDeclaration(fn) && !ts.isSetAccessorDeclaration(fn)
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
    const spec = ts.isImportDeclaration(stmt) || ts.isExportDeclaration(stmt) ? stmt.moduleSpecifier : undefined
    if (!spec) continue
    const target = ctx.checker.getSymbolAtLocation(spec)?.valueDeclaration?.getSourceFile().fileName
    if (target && ctx.projectFiles.has(target)) {
      out.add(relativeFile(ctx.root, target))
      ctx.deps.add(target)
    }
  }
  return [...out].sort()
}

/**
 * An object literal's method that the type the literal is given to does not name (`o = { m() {} }`
 * where o was declared `{ size: number }`): as for `{ m: function () {} }` (recordFlow), calls
 * reach it only by the key they read. A literal given to no type (or to `any`) is its own type,
 * which names it.
 */
function isUnnamedByContext(ctx: ExtractContext, fn: ts.MethodDeclaration | ts.GetAccessorDeclaration): boolean {
  if (!ts.isMethodDeclaration(fn) || !ts.isObjectLiteralExpression(fn.parent)) return false
  // `any` (an untyped parameter) describes nothing: the literal is followed as its own type.
  const context = ctx.checker.getContextualType(fn.parent)
  return context !== undefined && (context.flags & ts.TypeFlags.Object) !== 0
}
