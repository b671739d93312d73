// Entry: the first example, or the program a shared link carries.

import './style.css'
import { App } from './app'
import { FIRST } from './examples'
import { Session } from './session'
import { filesFromHash } from './share'
import { paneTabs } from './ui/pane-tabs'

const files = filesFromHash(location.hash) ?? FIRST.files
paneTabs()
new App(new Session(files)).load(files)
