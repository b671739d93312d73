// Whether an error is the compiler's InputError (a target or tsconfig it cannot read), told by
// name: front ends ask before they load the compiler (which loads TypeScript), or across a
// worker thread's boundary.

export function isInputError(error: unknown): error is Error & { name: 'InputError' } {
  return error instanceof Error && error.name === 'InputError'
}
