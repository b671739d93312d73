// Reading the fuzzer's environment, shared by options.ts (inside vitest) and long.mjs (plain Node).

/** Today's date as a number (20261126): a new seed every day, printed so a failure can be replayed. */
export function dateSeed() {
  return Number(new Date().toISOString().slice(0, 10).replaceAll('-', ''))
}

/** A non-negative integer from the environment, or `fallback` when unset. */
export function numberFromEnv(name, fallback) {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name}=${raw}: expected a non-negative integer`)
  return value
}
