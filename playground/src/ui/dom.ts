// A small element builder: the panes are plain DOM.

type Child = Node | string | undefined

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> & { dataset?: Record<string, string> } = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const { dataset, ...rest } = props
  const node = Object.assign(document.createElement(tag), rest)
  if (dataset) Object.assign(node.dataset, dataset)
  for (const child of children) if (child !== undefined) node.append(child)
  return node
}

/** A table with a header row. */
export function table(className: string, head: string[], rows: Child[][]): HTMLTableElement {
  return h(
    'table',
    { className },
    h('thead', {}, h('tr', {}, ...head.map((t) => h('th', {}, t)))),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c) => h('td', {}, c))))),
  )
}
