import { mersenne } from './pure-rand/generator/mersenne.js'
import { xorshift128plus } from './pure-rand/generator/xorshift128plus.js'
import { xoroshiro128plus } from './pure-rand/generator/xoroshiro128plus.js'
import { congruential32 } from './pure-rand/generator/congruential32.js'
import { uniformInt } from './pure-rand/distribution/uniformInt.js'
import { uniformBigInt } from './pure-rand/distribution/uniformBigInt.js'
import { uniformFloat64 } from './pure-rand/distribution/uniformFloat64.js'
import { uniformFloat32 } from './pure-rand/distribution/uniformFloat32.js'
import { purify } from './pure-rand/utils/purify.js'
import { generateN } from './pure-rand/utils/generateN.js'
import { skipN } from './pure-rand/utils/skipN.js'
export function main() {
  const out = []
  for (const make of [mersenne, xorshift128plus, xoroshiro128plus, congruential32]) {
    for (const seed of [0, 42, -7, 2 ** 31 - 1]) {
      const g = make(seed)
      const row = []
      for (let i = 0; i < 50; i++) row.push(g.next())
      row.push(uniformInt(g, -10, 10), uniformInt(g, 0, 2 ** 40), String(uniformBigInt(g, -(2n ** 70n), 2n ** 70n)), uniformFloat64(g), uniformFloat32(g))
      const c = g.clone()
      row.push(c.next() === g.next())
      if (g.jump) {
        const j = g.clone()
        j.jump()
        row.push(j.next())
      }
      if (g.getState) row.push(g.getState().slice(0, 8))
      const draw = purify((rng, lo, hi) => uniformInt(rng, lo, hi))
      const [v, after] = draw(make(seed), 1, 6)
      const h = make(seed)
      skipN(h, 3)
      row.push(v, after.next(), generateN(make(seed), 5), h.next())
      out.push(row)
    }
  }
  return out
}
