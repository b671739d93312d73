import { VT_yield } from 'vtify/runtime'

function tag(s: string, log: string[]): string {
  VT_yield()
  log.push(`tag ${s}`)
  return `<${s}>`
}

export function main(log: string[]): string {
  let r = ''
  for (let i = 0; i < 3; i++) {
    if (i === 0) {
      r += tag('zero', log)
    } else if (i === 1) {
      const t = tag('one', log)
      r += t + t
    } else {
      r += 'two'
      VT_yield()
      r += tag('after', log)
    }
    log.push(`r=${r}`)
  }
  return r
}
