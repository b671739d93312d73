// The right column's panes share the space: a tab row shows one at a time. Hidden panes are
// still kept up to date, so switching is instant.

import { renderTabs } from './tabs'
import { byId } from './page'

const PANES: Record<string, string> = { 'State machine': 'graph', Continuation: 'layout', Run: 'run' }

export function paneTabs(): void {
  const show = (name: string): void => {
    for (const [label, id] of Object.entries(PANES)) byId(id).hidden = label !== name
    renderTabs(byId('pane-tabs'), Object.keys(PANES), name, show)
  }
  show('State machine')
}
