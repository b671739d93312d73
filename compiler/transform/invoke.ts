// How generated code calls a function value it saved in a temporary, with the `this` the
// written call gives it.

/**
 * `fn(…)` with `self` as `this`, or with none: a saved value is read as a property (`k.t3`), and
 * calling it in place would pass the continuation as `this`.
 */
export function invoke(fn: string, self: string | undefined, args: readonly string[]): string {
  if (self !== undefined) return `${fn}.call(${[self, ...args].join(', ')})`
  return `${/^[\w$]+$/.test(fn) ? fn : `(0, ${fn})`}(${args.join(', ')})`
}
