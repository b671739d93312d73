// Several states on one source line: falling from one into the next stores no state number
// when the line and the try regions are the same (compiler/transform/emit.ts, elideFallStores),
// so each line below puts a try region's start or end, or a throw, right after a boundary.
import { VT_yield } from 'vtify/runtime'

function fail(at: number, i: number): number {
  if (i === at) throw new Error(`fail ${i}`)
  return i
}

function loops(): void {
  for (let i = 0; i < 4; i = fail(2, i + 1)) VT_yield()
}

function regions(at: number): string {
  let out = ''
  for (let i = 0; i < 3; i++) { VT_yield(); try { VT_yield(); out += fail(at, i) } catch (e) { out += 'c'; VT_yield(); out += (e as Error).message.length } finally { out += 'f' } VT_yield(); out += '.' }
  return out
}

function after(at: number): string {
  let out = ''
  try { VT_yield(); out += fail(at, 0) } catch { out += 'c' } VT_yield(); try { out += fail(at, 1) } catch { VT_yield(); out += 'd' }
  return out
}

export function main(log: string[]): string {
  try {
    loops()
  } catch (e) {
    log.push(`loops: ${(e as Error).message}`)
  }
  for (const at of [-1, 0, 1, 2]) log.push(`regions ${at}: ${regions(at)}`, `after ${at}: ${after(at)}`)
  return 'done'
}
