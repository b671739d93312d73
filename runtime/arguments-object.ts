// A multistate function's `arguments`: the call's arguments reach its continuation as values (a
// CPS caller's stores) or an array (a thread's factory), but the function reads what JavaScript
// gives it — an unmapped arguments object (modules are strict): its prototype Object.prototype,
// `length` an own writable, configurable, non-enumerable property, `callee` throwing a TypeError,
// iterable. This module is strict too, so the arguments object of a call of argumentsOf is exactly
// that object.

/** The arguments object of a call with these arguments: the one this call was given. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- named to type the call; the object is what is read
export function argumentsOf(..._values: unknown[]): IArguments {
  // eslint-disable-next-line prefer-rest-params -- the arguments object itself is what is made
  return arguments
}
