// Entry: the first example, or the program a shared link carries. The compiler worker starts
// and compiles first; the editor and the panes (most of the page's code) load meanwhile.

import './style.css'
import { Compiler } from './compile/client'
import { FIRST } from './examples'
import { readHash } from './share'

const shared = readHash(location.hash)
const files = shared && 'files' in shared ? shared.files : FIRST.files
const compiler = new Compiler()
compiler.compile({ ...files })

const [{ App }, { Session }, { paneTabs }] = await Promise.all([import('./app'), import('./session'), import('./ui/pane-tabs')])
paneTabs()
const notice = shared && 'error' in shared ? `${shared.error} Showing the first example instead; the link is still in the address bar.` : undefined
new App(new Session(files), compiler, notice)
