// A for…of or for…in head's `let`/`const` names are uninitialised while its expression runs
// (test262's scope-head-lex-* and head-*-bound-names-fordecl-tdz tests): reading one there, or
// later through a closure made there, throws a ReferenceError; the body sees each iteration's own.
import { VT_yield } from 'vtify/runtime'

export function main(log: string[]): number {
  const x = 'outside'
  let probeHead: () => unknown = () => x
  const probes: (() => unknown)[] = []
  for (let x of ((probeHead = () => typeof x), ['a', 'b'])) {
    VT_yield()
    probes.push(() => x)
  }
  for (const [name, probe] of [['head', probeHead], ...probes.map((p, i) => [`body ${i}`, p] as const)] as const) {
    try {
      log.push(`${name} ${String(probe())}`)
    } catch (e) {
      log.push(`${name} ${(e as Error).constructor.name}`)
    }
  }
  // The same with no boundary in the loop.
  let plainHead: () => unknown = () => 0
  for (let w of ((plainHead = () => typeof w), [1])) probes.push(() => w)
  try {
    log.push(`plain ${String(plainHead())}`)
  } catch (e) {
    log.push(`plain ${(e as Error).constructor.name} ${String(probes.at(-1)!())}`)
  }
  try {
    for (const y in { y: 1 }) {
      VT_yield()
      log.push(`y ${y}`)
    }
    const z = 1
    for (const z in { z }) {
      VT_yield()
      log.push(`z ${z}`)
    }
  } catch (e) {
    log.push(`head ${(e as Error).constructor.name}`)
  }
  return 0
}
