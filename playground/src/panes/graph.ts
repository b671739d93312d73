// The state machine of the selected function: a node per state (labelled with its source line
// and the call it resumes after), an edge per transition, coloured by kind. elkjs lays it out;
// this file only draws what elkjs computed.

import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk.bundled.js'
import type { FunctionLayout } from '../../../compiler/index'

// elkjs is most of the page's code: loaded beside the editor, not before it, and warmed up on a
// tiny graph while the first compile runs (its first layout is several times slower than later ones).
const elk = import('elkjs/lib/elk.bundled.js').then(async ({ default: ELK }) => {
  const instance = new ELK()
  const node = (id: string): ElkNode => ({ id, width: 10, height: 10 })
  await instance.layout({ id: 'warm-up', children: [node('a'), node('b')], edges: [{ id: 'e', sources: ['a'], targets: ['b'] }] })
  return instance
})
const SVG = 'http://www.w3.org/2000/svg'
const NODE_W = 150
const NODE_H = 40

function graphOf(layout: FunctionLayout): ElkNode {
  return {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.spacing.nodeNode': '24',
      'elk.layered.spacing.nodeNodeBetweenLayers': '36',
      'elk.edgeRouting': 'SPLINES',
    },
    children: layout.states.map((s) => ({ id: `s${s.id}`, width: NODE_W, height: NODE_H })),
    edges: layout.transitions.map((t, i): ElkExtendedEdge => ({ id: `e${i}`, sources: [`s${t.from}`], targets: [`s${t.to}`] })),
  }
}

function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, parent: Element): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag)
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v))
  parent.appendChild(node)
  return node
}

function drawEdges(svg: SVGSVGElement, layout: FunctionLayout, edges: readonly ElkExtendedEdge[]): void {
  edges.forEach((edge, i) => {
    const kind = layout.transitions[i]?.kind ?? 'next'
    for (const s of edge.sections ?? []) {
      const points = [s.startPoint, ...(s.bendPoints ?? []), s.endPoint].map((p) => `${p.x},${p.y}`).join(' ')
      el('polyline', { points, class: `vt-edge vt-edge-${kind}`, 'marker-end': `url(#arrow-${kind})` }, svg).appendChild(
        document.createElementNS(SVG, 'title'),
      ).textContent = kind
    }
  })
}

/** Where a state's code is: its function's file, the state's line. */
export type OnState = (file: string, line: number) => void

function drawNodes(svg: SVGSVGElement, layout: FunctionLayout, nodes: readonly ElkNode[], onState: OnState): void {
  nodes.forEach((node, i) => {
    const state = layout.states[i]
    if (!state) return
    const label = state.id === 0 ? 'start' : state.resumes ? `after ${state.resumes}` : 'jump target'
    // a button for the keyboard too: Tab reaches it, Enter or Space goes to its line
    const attrs = { class: 'vt-state', 'data-state': state.id, transform: `translate(${node.x ?? 0},${node.y ?? 0})`, tabindex: 0, role: 'button' }
    const g = el('g', { ...attrs, 'aria-label': `state ${state.id}, line ${state.line}, ${label}: go to its line` }, svg)
    el('rect', { width: NODE_W, height: NODE_H, rx: 6 }, g)
    el('text', { x: 8, y: 16 }, g).textContent = `state ${state.id} · line ${state.line}`
    el('text', { x: 8, y: 32, class: 'vt-resumes' }, g).textContent = label
    const go = (): void => onState(layout.file, state.line)
    g.addEventListener('click', go)
    g.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' && e.key !== ' ') return
      e.preventDefault()
      go()
    })
  })
}

function defs(svg: SVGSVGElement): void {
  const d = el('defs', {}, svg)
  for (const kind of ['next', 'jump', 'boundary', 'throw']) {
    const m = el('marker', { id: `arrow-${kind}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto' }, d)
    el('path', { d: 'M0,0 L10,5 L0,10 z', class: `vt-arrow-${kind}` }, m)
  }
}

/** Lay out and draw; resolves when the SVG is in place. A newer call makes an older one a no-op. */
export class GraphPane {
  private generation = 0
  /** The state a stepped thread of the shown function is at, marked in the graph. */
  private current: { fn: string; state: number } | undefined
  private shown: string | undefined

  constructor(
    private readonly parent: HTMLElement,
    private readonly onState: OnState,
  ) {}

  async show(layout: FunctionLayout | undefined): Promise<void> {
    const generation = ++this.generation
    if (!layout) {
      this.shown = undefined
      this.parent.replaceChildren(
        Object.assign(document.createElement('p'), {
          className: 'vt-empty',
          textContent: 'Select a multistate function (in the Analysis pane or by moving the cursor into it).',
        }),
      )
      return
    }
    const result = await (await elk).layout(graphOf(layout))
    if (generation !== this.generation) return
    this.shown = layout.name
    const svg = document.createElementNS(SVG, 'svg')
    svg.setAttribute('class', 'vt-graph')
    svg.setAttribute('width', String((result.width ?? 0) + 8))
    svg.setAttribute('height', String((result.height ?? 0) + 8))
    defs(svg)
    drawEdges(svg, layout, (result.edges ?? []) as ElkExtendedEdge[])
    drawNodes(svg, layout, result.children ?? [], this.onState)
    const title = Object.assign(document.createElement('h3'), {
      textContent: `${layout.name} — ${count(layout.states.length, 'state')}, ${count(layout.transitions.length, 'transition')}`,
    })
    this.parent.replaceChildren(title, legend(), svg)
    this.markCurrent()
  }

  /** A stepped thread is at `state` of the state machine of `fn` (none: no thread is). */
  mark(at: { fn: string; state: number } | undefined): void {
    this.current = at
    this.markCurrent()
  }

  private markCurrent(): void {
    for (const node of this.parent.querySelectorAll('.vt-state')) {
      const here = this.current?.fn === this.shown && (node as SVGElement).dataset.state === String(this.current?.state)
      node.classList.toggle('current', here)
    }
  }
}

function legend(): HTMLElement {
  const p = document.createElement('p')
  p.className = 'vt-legend'
  for (const kind of ['next', 'jump', 'boundary', 'throw'])
    p.appendChild(Object.assign(document.createElement('span'), { className: `vt-key-${kind}`, textContent: kind }))
  return p
}

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`
