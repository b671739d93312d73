import { VT_spawn, VT_join, VT_yield } from 'vtify/runtime'
import type { Conn } from './_reached-conn.ts'
import { accept } from './_reached-server.ts'

// Multistate methods of a class this module names only as a type, its instances handed out by a
// module it imports: reads in two threads interleaved, a rest parameter beside `arguments`, an
// error thrown across the call, a closure made by the class.
function serve(c: Conn, log: string[]): string {
  const first = c.read(log)
  VT_yield()
  return `${first} / ${c.read(log)}`
}

export function main(log: string[]): string {
  const conns = [accept(1), accept(2)]
  const threads = conns.map((c) => VT_spawn(serve, c, log))
  const served: string[] = []
  for (const t of threads) served.push(VT_join(t) as string)
  const written = conns[0]!.write('a', 'b', 'c')
  let closed = ''
  try {
    conns[1]!.close()
  } catch (e) {
    closed = (e as Error).message
  }
  const read = conns[0]!.reader()
  return [...served, written, closed, read(log)].join(' | ')
}
