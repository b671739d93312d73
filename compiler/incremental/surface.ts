// A file's surface: its text with the parts other files cannot depend on cut out — the bodies of
// functions whose return type is written down, and the initialisers of variables and properties
// whose type is written down. Other files' facts can only depend on a file through its surface
// (names, declared types, inferred types of what is not annotated). When an edit leaves the
// surface unchanged, dependents' facts stay right; only their positions into this file move.

import ts from '#typescript'
import { assignedNames } from '../reassigned.js'

export function surfaceOf(sourceFile: ts.SourceFile): string {
  // JavaScript infers class members from constructor bodies and types from JSDoc: keep it all.
  if (/\.[cm]?jsx?$/.test(sourceFile.fileName)) return sourceFile.text
  // Statement by statement, from each one's first token: comments and blank lines between
  // statements are not part of the surface.
  const statements = sourceFile.statements.map((statement) => statementSurface(sourceFile.text, statement))
  // A body that assigns to a function declaration's name changes what its callers call.
  const reassigned = assignedNames(sourceFile).map((id) => id.text)
  return [...statements, ...(reassigned.length > 0 ? [`/* assigned: ${[...new Set(reassigned)].sort().join(' ')} */`] : [])].join('\n')
}

function statementSurface(text: string, statement: ts.Statement): string {
  const cuts: [number, number][] = []
  collectCuts(statement, cuts)
  let out = ''
  let at = statement.getStart()
  for (const [start, end] of cuts) {
    out += `${text.slice(at, start)}{}`
    at = end
  }
  return out + text.slice(at, statement.getEnd())
}

function collectCuts(node: ts.Node, cuts: [number, number][]): void {
  if (ts.isFunctionDeclaration(node)) return cutBody(node, cuts)
  if (ts.isClassDeclaration(node)) {
    for (const member of node.members) collectMemberCuts(member, cuts)
  } else if (ts.isVariableStatement(node)) {
    for (const decl of node.declarationList.declarations) if (decl.type && decl.initializer) cuts.push(span(decl.initializer))
  }
}

function collectMemberCuts(member: ts.ClassElement, cuts: [number, number][]): void {
  if (ts.isMethodDeclaration(member) || ts.isGetAccessorDeclaration(member)) cutBody(member, cuts)
  else if (ts.isConstructorDeclaration(member) || ts.isSetAccessorDeclaration(member)) {
    if (member.body) cuts.push(span(member.body))
  } else if (ts.isPropertyDeclaration(member) && member.type && member.initializer) cuts.push(span(member.initializer))
}

function cutBody(fn: ts.FunctionDeclaration | ts.MethodDeclaration | ts.GetAccessorDeclaration, cuts: [number, number][]): void {
  if (fn.type && fn.body) cuts.push(span(fn.body))
}

function span(node: ts.Node): [number, number] {
  return [node.getStart(), node.getEnd()]
}

/** How positions moved between two versions of a text changed in one place. */
export interface TextShift {
  /** Positions before this are unchanged. */
  prefix: number
  /** Positions at or after this (old text) move by delta. */
  suffixStart: number
  delta: number
}

export function textShift(before: string, after: string): TextShift {
  const max = Math.min(before.length, after.length)
  let prefix = 0
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++
  let suffix = 0
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++
  return { prefix, suffixStart: before.length - suffix, delta: after.length - before.length }
}

/** The new position of an old one, or undefined if it was inside the changed text. */
export function shiftPosition(shift: TextShift, position: number): number | undefined {
  if (position < shift.prefix) return position
  if (position >= shift.suffixStart) return position + shift.delta
  return undefined
}
