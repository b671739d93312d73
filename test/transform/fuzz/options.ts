// Fuzzing options from the environment (vitest takes the command line): FUZZ_SEED, FUZZ_COUNT,
// FUZZ_TIME (seconds), FUZZ_BATCH, FUZZ_SAVE=0 (do not save shrunk programs).

import { dateSeed, numberFromEnv } from './env.mjs'

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
