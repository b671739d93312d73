import { VT_yield } from 'vtify/runtime'

function tick(log: string[], name: string, v: number): number {
  log.push(`tick ${name}`)
  VT_yield()
  log.push(`tock ${name}`)
  return v
}

function note(log: string[], name: string, v: number): number {
  log.push(`note ${name}`)
  return v
}

export function main(log: string[]): number {
  const a = note(log, 'a', 1) + tick(log, 'b', 2) * note(log, 'c', 3)
  const b = [note(log, 'd', 4), tick(log, 'e', 5), note(log, 'f', 6)]
  const c = { x: note(log, 'g', 7), y: tick(log, 'h', 8), z: tick(log, 'i', 9) }
  log.push(`${a} ${b.join(',')} ${c.x + c.y + c.z}`)
  return Math.max(note(log, 'j', 1), tick(log, 'k', 2), note(log, 'l', 3))
}
