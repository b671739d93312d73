// The program's tabs: one per file, the open one with its rename and close buttons, and a
// button for a new file. Each asks what it needs (a name, a confirmation) before it acts.

import { h } from './dom'
import { fileNameProblem, newFileName } from './file-names'

export interface FileTabActions {
  open(file: string): void
  add(file: string): void
  rename(from: string, to: string): void
  close(file: string): void
  /** A name was refused: say why. */
  refuse(why: string): void
}

function button(label: string, className: string, title: string, action: () => void): HTMLButtonElement {
  const b = h('button', { type: 'button', className, textContent: label, title, ariaLabel: title })
  b.addEventListener('click', action)
  return b
}

function rename(file: string, names: readonly string[], actions: FileTabActions): void {
  const to = prompt(`Rename ${file} to (imports of it are not changed):`, file)?.trim()
  if (to === undefined || to === file) return
  const problem = fileNameProblem(to, names)
  if (problem) actions.refuse(problem)
  else actions.rename(file, to)
}

function close(file: string, text: string, actions: FileTabActions): void {
  if (text.trim() === '' || confirm(`Close ${file}? Its text is lost (Copy link first to keep it).`)) actions.close(file)
}

export function renderFileTabs(parent: HTMLElement, files: Record<string, string>, active: string, actions: FileTabActions): void {
  const names = Object.keys(files)
  const tabs = names.map((name) => {
    const tab = button(name, name === active ? 'vt-tab active' : 'vt-tab', `open ${name}`, () => actions.open(name))
    tab.dataset.tab = name
    if (name !== active) return tab
    const tools = [button('✎', 'vt-tab-tool', `rename ${name}`, () => rename(name, names, actions))]
    // the last file stays: a program has one at least
    if (names.length > 1) tools.push(button('×', 'vt-tab-tool', `close ${name}`, () => close(name, files[name] ?? '', actions)))
    return h('span', { className: 'vt-tab-group' }, tab, ...tools)
  })
  const add = button('+', 'vt-new-file', 'new file', () => actions.add(newFileName(names)))
  parent.replaceChildren(...tabs, add)
}
