// A module of a real package with `VT_yield();` put first in the body of functions and of the
// loops in them, and the bookkeeping to take a function's injections out again: the pruning
// (prune.ts) turns off the ones that make the program ill-formed for vtify, and must find them
// from the offsets the compiler reports, which count the injected text.

import ts from '#typescript'

const PREFIX = "import { VT_yield } from 'vtify/runtime';\n"
const STEP = ' VT_yield();'

/** A function whose body can hold injections: its extent in the original text. */
interface Site {
  start: number
  end: number
}

/** Where an injection goes (right after a `{`), and the site it belongs to. */
interface Point {
  at: number
  site: number
}

/** The body of a function a thread may suspend in, or undefined. */
function suspendableBody(node: ts.Node): ts.Block | undefined {
  if (!(ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) || ts.isMethodDeclaration(node))) return undefined
  if (node.asteriskToken !== undefined || node.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)) return undefined
  return node.body !== undefined && ts.isBlock(node.body) ? node.body : undefined
}

/**
 * The functions a thread may suspend in — declarations, expressions, arrows with a block and
 * methods (generators, async functions, constructors and accessors cannot be multistate, so an
 * injection there could only be pruned again) — and in each, its body and the block bodies of
 * its loops: a boundary in a loop suspends with the loop's locals live, as the start of a
 * function does not.
 */
function parse(file: string, text: string): { sites: Site[]; points: Point[] } {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ESNext, true, ts.ScriptKind.JS)
  const sites: Site[] = []
  const points: Point[] = []
  const visit = (node: ts.Node, site: number): void => {
    const body = suspendableBody(node)
    if (body) {
      site = sites.push({ start: node.getStart(sf), end: node.end }) - 1
      points.push({ at: body.getStart(sf) + 1, site })
    } else if (ts.isFunctionLike(node) || ts.isClassStaticBlockDeclaration(node)) {
      site = -1
    } else if (site >= 0 && ts.isIterationStatement(node, false) && ts.isBlock(node.statement)) {
      points.push({ at: node.statement.getStart(sf) + 1, site })
    }
    ts.forEachChild(node, (child) => visit(child, site))
  }
  visit(sf, -1)
  return { sites, points: points.sort((a, b) => a.at - b.at) }
}

export class Injection {
  readonly sites: readonly Site[]
  private readonly points: readonly Point[]
  /** The sites whose injections are on, every one at first. */
  private readonly on: Set<number>

  constructor(
    readonly file: string,
    readonly original: string,
  ) {
    ;({ sites: this.sites, points: this.points } = parse(file, original))
    this.on = new Set(this.sites.keys())
  }

  /** The module as the compiler sees it. */
  text(): string {
    let text = this.original
    for (const p of this.live().reverse()) text = text.slice(0, p.at) + STEP + text.slice(p.at)
    return PREFIX + text
  }

  /** Turn off the injections of a site; false if they were off. */
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

  /** The site of the injected `VT_yield()` call that starts at this offset of the injected text, or -1. */
  siteOfCall(offset: number): number {
    let shift = PREFIX.length
    for (const p of this.live()) {
      // The call starts after the injection's leading space.
      if (p.at + shift + 1 === offset) return p.site
      shift += STEP.length
    }
    return -1
  }

  /** The points injected now, in order. */
  private live(): Point[] {
    return this.points.filter((p) => this.on.has(p.site))
  }

  private toOriginal(offset: number): number {
    let at = offset - PREFIX.length
    for (const p of this.live()) {
      if (p.at + STEP.length > at) break
      at -= STEP.length
    }
    return at
  }

  private toInjected(at: number): number {
    let offset = at + PREFIX.length
    for (const p of this.live()) {
      if (p.at > at) break
      offset += STEP.length
    }
    return offset
  }
}
