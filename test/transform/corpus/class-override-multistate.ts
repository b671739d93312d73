import { VT_yield } from 'vtify/runtime'

class Animal {
  constructor(readonly name: string) {}
  speak(log: string[]): string {
    VT_yield()
    log.push(`${this.name} makes a sound`)
    return 'sound'
  }
  intro(log: string[]): string {
    return `${this.name}: ${this.speak(log)}` // dispatches to the override
  }
}

class Dog extends Animal {
  override speak(log: string[]): string {
    VT_yield()
    log.push(`${this.name} barks`)
    return 'woof'
  }
}

export function main(log: string[]): string {
  const animals: Animal[] = [new Animal('generic'), new Dog('rex')]
  const out: string[] = []
  for (const a of animals) out.push(a.intro(log))
  return out.join(' / ')
}
