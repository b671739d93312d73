// Links between declarations that the checker sees but plain assignments do not show: a class
// member implements its interface's or base class's member; an object literal's property fills
// the property of the type it is checked against; a destructured name reads a property.

import ts from '#typescript'
import { nodeKey, type ExtractContext } from './context.js'
import { propertyNameText } from './naming.js'
import { isSlotDeclaration } from './values.js'

/** Slots of the members this class member implements or overrides (by name, instance side). */
export function linkToHeritage(ctx: ExtractContext, member: ts.ClassElement): string[] {
  const cls = member.parent
  if (!ts.isClassLike(cls) || !member.name || isStatic(member)) return []
  const name = propertyNameText(member.name)
  const out: string[] = []
  for (const clause of cls.heritageClauses ?? []) {
    for (const type of clause.types) {
      out.push(...propertySlots(ctx, ctx.checker.getTypeAtLocation(type), name, member))
    }
  }
  return out
}

/** Slots of the property this object literal element fills in its contextual type. */
export function linkToContextualType(ctx: ExtractContext, element: ts.ObjectLiteralElement): string[] {
  const literal = element.parent
  if (!ts.isObjectLiteralExpression(literal) || !element.name) return []
  const type = ctx.checker.getContextualType(literal)
  return type ? propertySlots(ctx, type, propertyNameText(element.name), element) : []
}

/** `const { handler } = opts`: the slots of the property `handler` of opts's type. */
export function destructuredSources(ctx: ExtractContext, element: ts.BindingElement): string[] {
  if (!ts.isObjectBindingPattern(element.parent)) return []
  const nameNode = element.propertyName ?? element.name
  if (!ts.isIdentifier(nameNode) && !ts.isStringLiteral(nameNode)) return []
  const type = ctx.checker.getTypeAtLocation(element.parent)
  return propertySlots(ctx, type, nameNode.text, element)
}

function propertySlots(ctx: ExtractContext, type: ts.Type, name: string, self: ts.Node): string[] {
  const property = ctx.checker.getPropertyOfType(ctx.checker.getApparentType(type), name)
  return (property?.declarations ?? [])
    .filter((d) => d !== self && isSlotDeclaration(d) && ctx.projectFiles.has(d.getSourceFile().fileName))
    .map((d) => nodeKey(ctx, d))
}

function isStatic(member: ts.ClassElement): boolean {
  return ts.canHaveModifiers(member) && (ts.getModifiers(member)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword) ?? false)
}
