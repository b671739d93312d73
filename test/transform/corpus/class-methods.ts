import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'

class Account {
  #balance = 0
  static opened = 0
  readonly log: string[]

  constructor(readonly name: string, log: string[]) {
    this.log = log
    Account.opened++
  }

  deposit(amount: number): number {
    VT_yield()
    this.#balance += amount
    this.log.push(`${this.name} +${amount} = ${this.#balance}`)
    return this.#balance
  }

  transferTo(other: Account, amount: number): string {
    this.#balance -= amount
    const after = other.deposit(amount)
    this.log.push(`${this.name} sent ${amount}, ${other.name} has ${after}`)
    return `${this.name}:${this.#balance}`
  }

  twice(amount: number): number {
    this.deposit(amount)
    return this.deposit(amount)
  }

  static open(name: string, log: string[]): Account {
    VT_yield()
    log.push(`open ${name} (${this.opened} before)`)
    return new this(name, log)
  }
}

export function main(log: string[]): string {
  const a = Account.open('a', log)
  const b = Account.open('b', log)
  const t = VT_spawn(() => b.twice(5))
  a.deposit(10)
  const sent = a.transferTo(b, 3)
  const r = VT_join(VT_spawn(() => a.deposit(1)))
  return `${sent} ${VT_join(t) as number} ${r as number} ${Account.opened}`
}
