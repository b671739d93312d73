import { VT_spawn, VT_join, VT_yield } from 'vtify/runtime'

function serve(name: string, handler: (request: number) => string, log: string[]): string[] {
  const replies: string[] = []
  for (let request = 1; request <= 3; request++) {
    VT_yield()
    replies.push(handler(request))
    log.push(`${name} served ${request}`)
  }
  return replies
}

function echo(request: number): string {
  VT_yield()
  return `echo ${request}`
}

export function main(log: string[]): string {
  const suffix = '!'
  const a = VT_spawn(serve, 'a', (r: number) => {
    VT_yield()
    return `a${r}${suffix}`
  }, log)
  const b = VT_spawn(serve, 'b', echo, log)
  const c = serve('c', function (r) {
    log.push(`c handler ${r}`)
    VT_yield()
    return `c${r}`
  }, log)
  return [...(VT_join(a) as string[]), ...(VT_join(b) as string[]), ...c].join(',')
}
