// A multistate function's `arguments`: the call's arguments arrive as an array (a thread's
// factory, a CPS caller's stores), but the function reads what JavaScript gives it — an
// unmapped arguments object (modules are strict): its prototype Object.prototype, `length` an own
// writable, configurable, non-enumerable property, `callee` throwing a TypeError, iterable.
// This module is strict too, so the function below makes exactly that object.

import { reflectApply } from './intrinsics.js'

function argumentsObject(): IArguments {
  // eslint-disable-next-line prefer-rest-params -- the arguments object itself is what is made
  return arguments
}

/** The arguments object of a call with `list` as its arguments. */
export function argumentsOf(list: readonly unknown[]): IArguments {
  return reflectApply(argumentsObject, undefined, list) as IArguments
}
