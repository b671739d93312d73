// Eight kinds of thread for the resume benchmark's "8 kinds" row: the loop of spin.ts, each with
// a different number of locals live across its VT_yield, so that each gets a continuation class
// of its own (the compiler shares a class only between identical layouts), as the threads of a
// real program do. The runtime's throw loop then sees eight classes of continuation.
import { VT_yield } from 'vtify/runtime'

export function spin1(n: number): number {
  const a = n
  for (let i = 0; i < n; i++) VT_yield()
  return a
}

export function spin2(n: number): number {
  const [a, b] = [n, 0]
  for (let i = 0; i < n; i++) VT_yield()
  return a + b
}

export function spin3(n: number): number {
  const [a, b, c] = [n, 0, 0]
  for (let i = 0; i < n; i++) VT_yield()
  return a + b + c
}

export function spin4(n: number): number {
  const [a, b, c, d] = [n, 0, 0, 0]
  for (let i = 0; i < n; i++) VT_yield()
  return a + b + c + d
}

export function spin5(n: number): number {
  const [a, b, c, d, e] = [n, 0, 0, 0, 0]
  for (let i = 0; i < n; i++) VT_yield()
  return a + b + c + d + e
}

export function spin6(n: number): number {
  const [a, b, c, d, e, f] = [n, 0, 0, 0, 0, 0]
  for (let i = 0; i < n; i++) VT_yield()
  return a + b + c + d + e + f
}

export function spin7(n: number): number {
  const [a, b, c, d, e, f, g] = [n, 0, 0, 0, 0, 0, 0]
  for (let i = 0; i < n; i++) VT_yield()
  return a + b + c + d + e + f + g
}

export function spin8(n: number): number {
  const [a, b, c, d, e, f, g, h] = [n, 0, 0, 0, 0, 0, 0, 0]
  for (let i = 0; i < n; i++) VT_yield()
  return a + b + c + d + e + f + g + h
}
