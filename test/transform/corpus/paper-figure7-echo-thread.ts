import { VT_close, VT_join, VT_pipe, VT_read, VT_spawn, VT_write, type Pipe } from 'vtify/runtime'

// The paper's Figure 7: echo_thread reads a byte and writes it back until end of stream.
// Two pipes stand in for the socket's two directions.
function echoThread(input: Pipe, output: Pipe): number {
  const c = new Uint8Array(1)
  let echoed = 0
  while (VT_read(input, c, 1) === 1) {
    VT_write(output, c, 1)
    echoed++
  }
  VT_close(output)
  return echoed
}

function client(toServer: Pipe, fromServer: Pipe, message: string, log: string[]): string {
  // Sending from a thread of its own: with small pipes, writing all before reading would deadlock.
  VT_spawn(() => {
    VT_write(toServer, message)
    VT_close(toServer)
  })
  const buf = new Uint8Array(4)
  let reply = ''
  for (let n = VT_read(fromServer, buf); n > 0; n = VT_read(fromServer, buf)) {
    reply += new TextDecoder().decode(buf.subarray(0, n))
    log.push(`client got ${reply.length} bytes`)
  }
  return reply
}

export function main(log: string[]): string {
  const up = VT_pipe(3)
  const down = VT_pipe(3)
  const server = VT_spawn(echoThread, up, down)
  const reply = client(up, down, 'hello, echo', log)
  return `${reply} (${VT_join(server)} echoed)`
}
