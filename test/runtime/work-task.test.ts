// What VT_work accepts as its function before anything reaches a pool thread: a VT_task by URL,
// or a function whose source text stands alone; the others are refused with the way out named.

import { describe, expect, it } from 'vitest'
import { specOf, workTask } from '../../runtime/work/task.js'

describe('VT_work targets', () => {
  it('names a VT_task by URL and export', () => {
    function hash(): number {
      return 1
    }
    expect(specOf(workTask('file:///x/hash.js', hash))).toEqual({ kind: 'module', module: 'file:///x/hash.js', name: 'hash' })
    expect(specOf(workTask(new URL('file:///x/y.js'), 'y'))).toEqual({ kind: 'module', module: 'file:///x/y.js', name: 'y' })
  })

  it('sends functions and arrows by their source', () => {
    expect(specOf((a: number) => a + 1)).toMatchObject({ kind: 'source', source: '(a) => a + 1' })
    expect(
      specOf(async function twice(n: number) {
        return n * 2
      }),
    ).toMatchObject({ kind: 'source', name: 'twice' })
    expect(specOf((x: number) => x)).toMatchObject({ kind: 'source' })
  })

  it('refuses what has no standalone source, naming VT_task as the way out', () => {
    const bound = function f(): void {}.bind(null)
    expect(() => specOf(bound)).toThrow(/bound f is native or bound: it has no source to send\. Export it .* VT_task\(import\.meta\.url, bound f\)/)
    expect(() => specOf(Math.max)).toThrow(/max is native or bound/)
    expect(() => specOf(class A {})).toThrow(/A is a class/)
    expect(() => specOf({ m(): void {} }.m)).toThrow(/m is a method/)
    expect(() => specOf('f')).toThrow(/expected a function or a VT_task\(…\), got string/)
    expect(() => workTask('./relative.js', 'f')).toThrow(/the module must be a URL/)
  })
})
