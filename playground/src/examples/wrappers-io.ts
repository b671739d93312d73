import { VT_read, VT_write } from 'vtify/runtime'
import type { Socket } from 'sim'

/** Read up to a newline, a byte at a time; '' at end of input. */
export function readLine(sock: Socket): string {
  const c = new Uint8Array(1)
  let line = ''
  while (VT_read(sock, c, 1) === 1) {
    const ch = String.fromCharCode(c[0] ?? 0)
    if (ch === '\n') return line
    line += ch
  }
  return line
}

export function writeLine(sock: Socket, text: string): void {
  const bytes = new TextEncoder().encode(text + '\n')
  VT_write(sock, bytes, bytes.length)
}
