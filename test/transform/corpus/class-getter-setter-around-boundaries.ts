import { VT_yield } from 'vtify/runtime'

class Temperature {
  #celsius = 0
  readonly log: string[]
  constructor(log: string[]) {
    this.log = log
  }
  get fahrenheit(): number {
    return this.#celsius * 1.8 + 32
  }
  set fahrenheit(f: number) {
    this.log.push(`set ${f}F`)
    this.#celsius = (f - 32) / 1.8
  }
  warm(by: number): number {
    VT_yield()
    this.fahrenheit += by // getter, boundary-free add, setter
    VT_yield()
    return Math.round(this.#celsius)
  }
}

export function main(log: string[]): number {
  const t = new Temperature(log)
  t.warm(18)
  return t.warm(18)
}
