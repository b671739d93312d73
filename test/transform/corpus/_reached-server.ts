import { Conn } from './_reached-conn.ts'

// Hands out _reached-conn.ts's connections: cross-module-reached.ts imports only this module.
export function accept(id: number): Conn {
  return new Conn(id)
}
