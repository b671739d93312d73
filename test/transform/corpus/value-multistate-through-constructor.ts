import { VT_yield } from 'vtify/runtime'

type Handler = (n: number, log: string[]) => number

function slow(n: number, log: string[]): number {
  VT_yield()
  log.push(`slow ${n}`)
  return n + 1
}

class Server {
  private readonly fallback: Handler
  // A parameter property and a field assigned in the constructor both hold the handler.
  constructor(private readonly handler: Handler, fallback: Handler) {
    this.fallback = fallback
  }

  serve(n: number, log: string[]): number {
    return this.handler(n, log) + this.fallback(n * 10, log)
  }
}

// No constructor of its own: `new` runs Server's, which receives the handlers.
class LoggingServer extends Server {
  serveTwice(n: number, log: string[]): number {
    log.push('twice')
    return this.serve(n, log) + this.serve(n + 1, log)
  }
}

// Multistate functions passed to a class through `new` and called from its methods (docs/semantics.md, "Calls through values").
export function main(log: string[]): number {
  const server = new Server(slow, (n) => -n)
  const a = server.serve(1, log)
  const logging = new LoggingServer((n) => n * 2, slow)
  const b = logging.serveTwice(2, log)
  log.push(`a ${a} b ${b}`)
  return a + b
}
