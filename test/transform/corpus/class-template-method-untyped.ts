// A base class calls a method only its subclasses declare (a template method as JavaScript writes
// it; a type error in TypeScript): the call may reach any multistate method of that name, so it
// is a state boundary, and a plain subclass's method runs plainly there.
import { VT_yield } from 'vtify/runtime'

class Base {
  describe(log: string[]): string {
    // @ts-expect-error: only subclasses declare area
    const a: number = this.area(log)
    return `area ${a}`
  }
}

class Square extends Base {
  area(log: string[]): number {
    VT_yield()
    log.push('square')
    return 4
  }
}

class Plain extends Base {
  area(): number {
    return 1
  }
}

export function main(log: string[]): number {
  log.push(new Square().describe(log))
  log.push(new Plain().describe(log))
  return 0
}
