// What every extraction step needs: the checker, the file being read, and how to name places.

import path from 'node:path'
import ts from '#typescript'
import { spanOfNode } from '../locate.js'
import type { Span } from '../model.js'
import { returnSlot } from './facts.js'

export interface ExtractContext {
  readonly checker: ts.TypeChecker
  readonly program: ts.Program
  readonly root: string
  readonly sourceFile: ts.SourceFile
  readonly file: string
  /** Files in the project (transformed by vtify), absolute names. */
  readonly projectFiles: ReadonlySet<string>
  /** Files that `vtify/runtime` resolves to. */
  readonly runtimeFiles: ReadonlySet<string>
  /** Project files whose declarations the facts refer to; filled while extracting. */
  readonly deps: Set<string>
}

const relativeNames = new Map<string, string>()

/** `fileName` relative to `root`, with forward slashes. Memoised: keys are built for every node. */
export function relativeFile(root: string, fileName: string): string {
  const key = `${root}\0${fileName}`
  let rel = relativeNames.get(key)
  if (rel === undefined) relativeNames.set(key, (rel = path.relative(root, fileName).split(path.sep).join('/')))
  return rel
}

/** A key naming a node across programs: stable while its file is unchanged. */
export function nodeKey(ctx: ExtractContext, node: ts.Node): string {
  const sf = node.getSourceFile()
  if (sf !== ctx.sourceFile) ctx.deps.add(sf.fileName)
  return `${relativeFile(ctx.root, sf.fileName)}:${node.getStart(sf)}`
}

/**
 * A key naming a call. Calls can share a start (`f(a).then(b)` holds two), so the end is part of it.
 */
export function callKey(ctx: ExtractContext, call: ts.CallExpression | ts.NewExpression | ts.TaggedTemplateExpression): string {
  return `${nodeKey(ctx, call)}-${call.getEnd()}`
}

/**
 * `key` (nodeKey's, callKey's, or a return slot of one) with the offsets it holds moved by the
 * move `moveIn` gives for its file (none: the key stays); undefined when that move cannot place
 * one. The key format is written above and read here only: elsewhere keys are opaque.
 */
export function movedKey(key: string, moveIn: (file: string) => ((offset: number) => number | undefined) | undefined): string | undefined {
  if (key.startsWith(RETURN_PREFIX)) {
    const moved = movedKey(key.slice(RETURN_PREFIX.length), moveIn)
    return moved === undefined ? undefined : RETURN_PREFIX + moved
  }
  const colon = key.lastIndexOf(':')
  const move = moveIn(key.slice(0, colon))
  if (!move) return key
  const offsets = key
    .slice(colon + 1)
    .split('-')
    .map((p) => move(Number(p)))
  return offsets.every((o) => o !== undefined) ? `${key.slice(0, colon + 1)}${offsets.join('-')}` : undefined
}

const RETURN_PREFIX = returnSlot('')

export function locationOf(ctx: ExtractContext, node: ts.Node): Span {
  return spanOfNode(relativeFile(ctx.root, node.getSourceFile().fileName), node)
}

/** Source text of a node, on one line and cut short, for messages. */
export function shortText(node: ts.Node, max = 40): string {
  const text = node.getText().replace(/\s+/g, ' ')
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}
