// The files of a directory tree as they change, for `vtify build --watch`: a watcher per
// directory, not one recursive watch. Node 20's recursive fs.watch on Linux loses a file that is
// saved by writing a new file and renaming it over the old one (sed -i, git checkout, editors'
// safe saves): after the first such save, the file's later changes were never reported. A
// directory's own watcher reports every rename in it.

import fs from 'node:fs'
import path from 'node:path'

export interface TreeWatch {
  close(): void
}

export interface TreeHooks {
  /** Directories left out (with what is under them). */
  skipped(dir: string): boolean
  /** A file created, changed, renamed or removed (absolute); a directory created: each file in it. */
  changed(file: string): void
  /** A directory that cannot be watched (the system's limit on watches, say): its changes go unseen. */
  unwatchable(dir: string, error: Error): void
}

/** Reports the changes of the files under `root` (hooks.changed) until closed. */
export function watchTree(root: string, { skipped, changed, unwatchable }: TreeHooks): TreeWatch {
  const watchers = new Map<string, fs.FSWatcher>()
  const unwatch = (dir: string): void => {
    for (const [watched, watcher] of watchers) {
      if (watched !== dir && !watched.startsWith(dir + path.sep)) continue
      watcher.close()
      watchers.delete(watched)
    }
  }
  const watch = (dir: string, report: boolean): void => {
    if (watchers.has(dir) || skipped(dir)) return
    let watcher: fs.FSWatcher
    try {
      watcher = fs.watch(dir, (_event, name) => name && seen(path.join(dir, name.toString())))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') unwatchable(dir, error as Error) // else: removed meanwhile
      return
    }
    watcher.on('error', () => unwatch(dir))
    watchers.set(dir, watcher)
    for (const entry of entriesOf(dir)) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) watch(full, report)
      else if (report) changed(full)
    }
  }
  const seen = (file: string): void => {
    if (isDirectory(file)) return watch(file, true)
    if (watchers.has(file)) return unwatch(file)
    changed(file)
  }
  watch(root, false)
  return { close: () => unwatch(root) }
}

function entriesOf(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true })
  } catch {
    return []
  }
}

function isDirectory(file: string): boolean {
  return fs.statSync(file, { throwIfNoEntry: false })?.isDirectory() ?? false
}
