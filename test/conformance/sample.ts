// The deterministic sample `npm test` runs: every test whose name hashes into bucket 0 of
// SAMPLE_BUCKETS (FNV-1a), so the same tests run every time and new ones join by name.

import type { Test262Test } from './test262.js'

export const SAMPLE_BUCKETS = 20

export function sampleOf(tests: readonly Test262Test[]): Test262Test[] {
  return tests.filter((t) => fnv(t.name) % SAMPLE_BUCKETS === 0)
}

function fnv(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}
