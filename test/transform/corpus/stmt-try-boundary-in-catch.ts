import { VT_yield } from 'vtify/runtime'

function recover(e: unknown, log: string[]): string {
  VT_yield()
  log.push(`recovering from ${(e as Error).message}`)
  return 'recovered'
}

export function main(log: string[]): string {
  let r = ''
  try {
    throw new Error('first')
  } catch (e) {
    r = recover(e, log)
    VT_yield()
    try {
      JSON.parse('{')
    } catch (inner) {
      VT_yield()
      r += ` + ${(inner as Error).name}`
    }
    log.push(`still in catch ${(e as Error).message}`)
  }
  return r
}
