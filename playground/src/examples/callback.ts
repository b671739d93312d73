// forEach is not compiled by vtify, so it cannot wait for its callback (VT1002). Use for…of.
import { VT_run, VT_sleep } from 'vtify/runtime'

function tick(n: number): void {
  VT_sleep(10)
  console.log(`tick ${n}`)
}

function main(): void {
  ;[1, 2, 3].forEach((n) => tick(n))
}

VT_run(main)
