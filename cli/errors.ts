/** A mistake in the command line; printed on one line with exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** The value an option takes (`--cache-dir <dir>`): a usage error when it is missing. */
export function optionValue(command: string, option: string, value: string | undefined): string {
  if (value === undefined || value.startsWith('-')) throw new UsageError(`${command}: ${option} needs a value`)
  return value
}
