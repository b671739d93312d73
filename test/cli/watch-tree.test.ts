// cli/watch-tree.ts: a watcher per directory reports every file that changes under the root.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { watchTree, type TreeWatch } from '../../cli/watch-tree.js'
import { eventually } from '../plugin/harness.js'

let root: string
let watch: TreeWatch | undefined
afterEach(() => {
  watch?.close()
  watch = undefined
  vi.restoreAllMocks()
  fs.rmSync(root, { recursive: true, force: true })
})

function tree(): { changed: Set<string>; unwatchable: string[] } {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'vtify-watch-'))
  fs.mkdirSync(path.join(root, 'src', 'deep'), { recursive: true })
  fs.mkdirSync(path.join(root, 'skipped'))
  const seen = { changed: new Set<string>(), unwatchable: [] as string[] }
  watch = watchTree(root, {
    skipped: (dir) => path.basename(dir) === 'skipped',
    changed: (file) => seen.changed.add(file),
    unwatchable: (dir) => seen.unwatchable.push(dir),
  })
  return seen
}

const reported = (seen: { changed: Set<string> }, file: string): Promise<true> =>
  eventually(async () => (seen.changed.has(file) ? true : undefined), 5_000, `${file} reported`)

describe('watchTree', () => {
  it('reports a file in a subdirectory at every save, a save by renaming a new file over it included, and nothing in a skipped directory', async () => {
    const seen = tree()
    const file = path.join(root, 'src', 'deep', 'a.ts')
    for (let n = 0; n < 3; n++) {
      seen.changed.clear()
      fs.writeFileSync(`${file}.tmp`, `export const a = ${n}\n`)
      fs.renameSync(`${file}.tmp`, file)
      await reported(seen, file)
    }
    fs.writeFileSync(path.join(root, 'skipped', 'b.ts'), '')
    fs.writeFileSync(path.join(root, 'c.ts'), '')
    await reported(seen, path.join(root, 'c.ts'))
    expect(seen.changed.has(path.join(root, 'skipped', 'b.ts'))).toBe(false)
  })

  it('reports the files of a directory moved in, and watches it from then on', async () => {
    const seen = tree()
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'vtify-watch-moved-'))
    fs.mkdirSync(path.join(outside, 'inner'))
    fs.writeFileSync(path.join(outside, 'inner', 'd.ts'), '')
    fs.renameSync(outside, path.join(root, 'src', 'moved'))
    await reported(seen, path.join(root, 'src', 'moved', 'inner', 'd.ts'))
    fs.writeFileSync(path.join(root, 'src', 'moved', 'inner', 'e.ts'), '')
    await reported(seen, path.join(root, 'src', 'moved', 'inner', 'e.ts'))
  })

  it('says which directory it cannot watch (the system limit on watches) and watches the others', async () => {
    const watchOf = fs.watch
    vi.spyOn(fs, 'watch').mockImplementation(((dir: fs.PathLike, ...rest: unknown[]) => {
      if (path.basename(String(dir)) === 'deep') throw Object.assign(new Error('ENOSPC: System limit for number of file watchers reached'), { code: 'ENOSPC' })
      return (watchOf as (...args: unknown[]) => fs.FSWatcher)(dir, ...rest)
    }) as typeof fs.watch)
    const seen = tree()
    expect(seen.unwatchable).toEqual([path.join(root, 'src', 'deep')])
    fs.writeFileSync(path.join(root, 'src', 'f.ts'), '')
    await reported(seen, path.join(root, 'src', 'f.ts'))
  })
})
