// An anonymous class with a multistate #private method gets a binding of its own from the
// transform (`class vt$class { … }`), so that the method's private getter can reach the stub the
// class keeps; that binding would become the class's `.name`. The class's first static block
// calls this to give back the name JavaScript gives it where it stands (docs/transform.md).

import { defineProperty } from './intrinsics.js'

export function nameClass(cls: object, name: string): void {
  // Only the value changes: `name` stays read-only, not enumerable, configurable, in its place.
  defineProperty(cls, 'name', { value: name, configurable: true })
}
