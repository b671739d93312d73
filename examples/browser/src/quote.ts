import { VT_await } from 'vtify/runtime'

export interface Quote {
  text: string
  author: string
}

/** A JSON document fetched as if fetch blocked: VT_await waits for each promise. */
export function loadQuote(url: string): Quote {
  const response = VT_await(fetch(url))
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
  return VT_await(response.json()) as Quote
}
