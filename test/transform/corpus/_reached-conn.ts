import { VT_yield } from 'vtify/runtime'

// A class cross-module-reached.ts calls the methods of without importing this module (it gets
// its instances from _reached-server.ts).
export class Conn {
  private readonly received: string[] = []
  constructor(readonly id: number) {}
  read(log: string[]): string {
    VT_yield()
    const line = `line ${this.received.length} of ${this.id}`
    this.received.push(line)
    log.push(`read ${line}`)
    return line
  }
  write(...parts: unknown[]): number {
    VT_yield()
    return arguments.length + parts.length
  }
  close(): never {
    VT_yield()
    throw new Error(`closed ${this.id}`)
  }
  reader(): (log: string[]) => string {
    return (log) => this.read(log)
  }
}
