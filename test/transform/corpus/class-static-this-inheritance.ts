import { VT_yield } from 'vtify/runtime'

class Model {
  static kind = 'model'
  static create(log: string[]): string {
    VT_yield()
    log.push(`create called on ${this.name} (kind ${this.kind})`)
    return `${this.kind}:${this.name}`
  }
}

class User extends Model {
  static override kind = 'user'
}

// A static multistate method inherited by a subclass: its `this` is the class it was called on.
export function main(log: string[]): string {
  return `${Model.create(log)} ${User.create(log)}`
}
