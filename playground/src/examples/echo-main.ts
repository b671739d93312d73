// Accept connections (press "connect" in the Run pane) and start an echo thread for each.
import { VT_accept, VT_run, VT_spawn } from 'vtify/runtime'
import { server, type Socket } from 'sim'
import { echoThread } from './echo.ts'

function main(): void {
  for (;;) {
    const sock = VT_accept<Socket>(server)
    console.log(`accepted ${sock.name}`)
    VT_spawn(echoThread, sock)
  }
}

VT_run(main)
