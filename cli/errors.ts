/** A mistake in the command line; printed on one line with exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}
