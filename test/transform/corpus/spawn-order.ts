import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'

function say(word: string, log: string[]): string {
  log.push(word)
  return word
}

function yielder(word: string, log: string[]): string {
  log.push(`${word} 1`)
  VT_yield()
  log.push(`${word} 2`)
  const inner = VT_spawn(say, `${word} inner`, log)
  VT_yield()
  return `${word}+${VT_join(inner)}`
}

export function main(log: string[]): string {
  const ts = [VT_spawn(yielder, 'p', log), VT_spawn(say, 'q', log), VT_spawn(yielder, 'r', log)]
  log.push('spawned')
  const results: string[] = []
  for (const t of ts) results.push(VT_join(t))
  return results.join(' ')
}
