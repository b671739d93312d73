// Entry: the first example, or the program a shared link carries. The compiler worker starts
// and compiles first; the editor and the panes (most of the page's code) load meanwhile.

import './style.css'
import { Compiler } from './compile/client'
import { FIRST } from './examples'
import { filesFromHash } from './share'

const files = filesFromHash(location.hash) ?? FIRST.files
const compiler = new Compiler()
compiler.compile({ ...files })

const [{ App }, { Session }, { paneTabs }] = await Promise.all([import('./app'), import('./session'), import('./ui/pane-tabs')])
paneTabs()
new App(new Session(files), compiler)
