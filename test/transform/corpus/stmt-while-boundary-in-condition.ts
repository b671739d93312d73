import { VT_yield } from 'vtify/runtime'

function more(state: { left: number }, log: string[]): boolean {
  VT_yield()
  log.push(`more? ${state.left}`)
  return state.left-- > 0
}

export function main(log: string[]): number {
  const state = { left: 3 }
  let turns = 0
  while (more(state, log)) turns++
  log.push(`turns ${turns}`)
  while (turns > 0 && more({ left: 0 }, log)) turns = 100
  return turns
}
