// A module of a real package with `VT_yield();` put first in the body of functions, and the
// bookkeeping to take single injections out again: the pruning (prune.ts) turns off the ones
// that make the program ill-formed for vtify, and must find them from the offsets the compiler
// reports, which count the injected text.

import ts from '#typescript'

const PREFIX = "import { VT_yield } from 'vtify/runtime';\n"
const STEP = ' VT_yield();'

/** A function whose body can hold the injection: its extent in the original text and where the injection goes. */
interface Site {
  start: number
  end: number
  /** Right after the body's `{`. */
  at: number
}

/**
 * The functions a thread may suspend in: declarations, expressions, arrows with a block and
 * methods. Generators, async functions, constructors and accessors cannot be multistate, so
 * an injection there could only be pruned again.
 */
function sitesOf(file: string, text: string): Site[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ESNext, true, ts.ScriptKind.JS)
  const sites: Site[] = []
  const visit = (node: ts.Node): void => {
    if (
      (ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) || ts.isMethodDeclaration(node)) &&
      node.body !== undefined &&
      ts.isBlock(node.body) &&
      node.asteriskToken === undefined &&
      !node.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)
    ) {
      sites.push({ start: node.getStart(sf), end: node.end, at: node.body.getStart(sf) + 1 })
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return sites.sort((a, b) => a.at - b.at)
}

export class Injection {
  readonly sites: readonly Site[]
  /** Indices of the sites whose injection is on, every one at first. */
  private readonly on: Set<number>

  constructor(
    readonly file: string,
    readonly original: string,
  ) {
    this.sites = sitesOf(file, original)
    this.on = new Set(this.sites.keys())
  }

  get count(): number {
    return this.on.size
  }

  /** The module as the compiler sees it. */
  text(): string {
    let text = this.original
    for (const i of [...this.on].sort((a, b) => b - a)) text = text.slice(0, this.sites[i]!.at) + STEP + text.slice(this.sites[i]!.at)
    return PREFIX + text
  }

  /** Turn off the injection of a site; false if it was off. */
  remove(site: number): boolean {
    return this.on.delete(site)
  }

  /** The innermost site containing an offset of the injected text, or -1. */
  siteAt(offset: number): number {
    const at = this.toOriginal(offset)
    let best = -1
    this.sites.forEach((s, i) => {
      if (s.start <= at && at < s.end && (best < 0 || s.start >= this.sites[best]!.start)) best = i
    })
    return best
  }

  /** The extent of a site in the injected text. */
  extent(site: number): [number, number] {
    const s = this.sites[site]!
    return [this.toInjected(s.start), this.toInjected(s.end)]
  }

  /** The site whose injected `VT_yield()` call starts at this offset of the injected text, or -1. */
  siteOfCall(offset: number): number {
    let shift = PREFIX.length
    for (const i of this.onInOrder()) {
      // The call starts after the injection's leading space.
      if (this.sites[i]!.at + shift + 1 === offset) return i
      shift += STEP.length
    }
    return -1
  }

  private onInOrder(): number[] {
    return [...this.on].sort((a, b) => a - b)
  }

  private toOriginal(offset: number): number {
    let at = offset - PREFIX.length
    for (const i of this.onInOrder()) {
      if (this.sites[i]!.at + STEP.length > at) break
      at -= STEP.length
    }
    return at
  }

  private toInjected(at: number): number {
    let offset = at + PREFIX.length
    for (const i of this.onInOrder()) {
      if (this.sites[i]!.at > at) break
      offset += STEP.length
    }
    return offset
  }
}
