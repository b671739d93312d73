// Fuzzing options from the environment (vitest takes the command line): FUZZ_SEED, FUZZ_COUNT,
// FUZZ_TIME (seconds), FUZZ_BATCH, FUZZ_SAVE=0 (do not save shrunk programs).

/** Today's date as a number (20261126): a new seed every day, printed so a failure can be replayed. */
function dateSeed(): number {
  return Number(new Date().toISOString().slice(0, 10).replaceAll('-', ''))
}

function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name}=${raw}: expected a non-negative integer`)
  return value
}

export interface EnvOptions {
  seed: number
  count: number
  batchSize: number
  timeLimitMs?: number
  save: boolean
}

export function envOptions(defaults: { count: number; batchSize: number; timeSeconds?: number }): EnvOptions {
  const time = numberFromEnv('FUZZ_TIME', defaults.timeSeconds ?? 0)
  return {
    seed: numberFromEnv('FUZZ_SEED', dateSeed()),
    count: numberFromEnv('FUZZ_COUNT', defaults.count),
    batchSize: Math.max(1, numberFromEnv('FUZZ_BATCH', defaults.batchSize)),
    ...(time > 0 ? { timeLimitMs: time * 1000 } : {}),
    save: process.env.FUZZ_SAVE !== '0',
  }
}
