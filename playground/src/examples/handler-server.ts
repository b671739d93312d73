export type Handler = (request: string) => string

export function serve(requests: string[], handler: Handler): void {
  for (const request of requests) {
    console.log(handler(request))
  }
}
