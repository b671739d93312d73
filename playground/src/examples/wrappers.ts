// The paper's Figure 7: readLine and writeLine are multistate wrappers around VT_read and
// VT_write. Their locals are never live at the same time, so they share continuation slots.
import { VT_run, VT_sleep } from 'vtify/runtime'
import { stdin, stdout } from 'sim'
import { readLine, writeLine } from './io.ts'

function shout(): void {
  for (let line = readLine(stdin); line !== ''; line = readLine(stdin)) {
    VT_sleep(100)
    writeLine(stdout, line.toUpperCase())
  }
}

VT_run(shout)
