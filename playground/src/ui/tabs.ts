// A row of tabs: the files of the program, or the panes of a column.

import { h } from './dom'

export function renderTabs(parent: HTMLElement, names: readonly string[], active: string, open: (name: string) => void): void {
  parent.replaceChildren(
    ...names.map((name) => {
      const tab = h('button', { className: name === active ? 'vt-tab active' : 'vt-tab', textContent: name, type: 'button', dataset: { tab: name } })
      tab.addEventListener('click', () => open(name))
      return tab
    }),
  )
}
