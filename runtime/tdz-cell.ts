// The cell of a local that code can reach before its declaration has run — a closure created
// above it, a function declaration hoisted over it — in JavaScript's temporal dead zone: reading
// or writing it before then throws a ReferenceError, as JavaScript does (docs/transform.md,
// "Closures inside multistate functions"). Generated code makes one where the block is entered;
// the declaration initialises it through `init`. Other cells are plain `{ v }` objects.

import { ReferenceError, TypeError } from './intrinsics.js'

export class TdzCell {
  #value: unknown = undefined
  #initialized = false

  constructor(
    private readonly name: string,
    private readonly constant: boolean,
  ) {}

  get v(): unknown {
    if (!this.#initialized) throw this.uninitialized()
    return this.#value
  }

  set v(value: unknown) {
    if (!this.#initialized) throw this.uninitialized()
    if (this.constant) throw new TypeError('Assignment to constant variable.')
    this.#value = value
  }

  /** The declaration's write. */
  set init(value: unknown) {
    this.#initialized = true
    this.#value = value
  }

  private uninitialized(): ReferenceError {
    return new ReferenceError(`Cannot access '${this.name}' before initialization`)
  }
}
