import { VT_await, VT_close, VT_lines, VT_read, VT_readLine, VT_receive, VT_send, type VChannel } from 'vtify/runtime'

function body(url: string): ReadableStream<Uint8Array> {
  const response = VT_await(fetch(url))
  if (!response.ok || response.body === null) throw new Error(`${url}: HTTP ${response.status}`)
  return response.body
}

/** The size of a response, read from its Web stream with VT_read, 64 bytes at a time. */
export function countBytes(url: string): number {
  const stream = body(url)
  const buf = new Uint8Array(64)
  let total = 0
  for (let n = VT_read(stream, buf); n > 0; n = VT_read(stream, buf)) total += n
  return total
}

/** Producer: each line of a response, sent on `out`; then out is closed. */
export function sendLines(url: string, out: VChannel<string>): void {
  const lines = VT_lines(body(url))
  for (let line = VT_readLine(lines); line !== undefined; line = VT_readLine(lines)) VT_send(out, line)
  VT_close(out)
}

/** Consumer: every line received, as an item of `list`, until the channel is closed. */
export function showLines(list: HTMLElement, lines: VChannel<string>): number {
  let shown = 0
  for (let line = VT_receive(lines); line !== undefined; line = VT_receive(lines)) {
    const item = document.createElement('li')
    item.textContent = line
    list.append(item)
    shown++
  }
  return shown
}
