// `vtify build --watch`: after the first build, every change to a source file under the project,
// or in a directory outside it that holds files of the program (a workspace package's sources),
// is given to the live compilation (incremental: plugin/compilation.ts), and the modules whose
// output changed are written again. Stops on Ctrl-C (SIGINT), SIGTERM or the caller's signal.

import path from 'node:path'
import { isInputError, isProgramFile, isUnder } from '../compiler/node.js'
import type { BuildSession } from '../plugin/session.js'
import { sourcesOf, type BuildView } from '../plugin/view.js'
import type { BuildArgs } from './build-args.js'
import { watchTree, type TreeWatch } from './watch-tree.js'

/** Editors write a file in several steps: changes this close together are one rebuild. */
const SETTLE_MS = 50

export interface WatchHooks {
  /** Stops the watch when aborted (tests); otherwise SIGINT or SIGTERM stop it. */
  stop: AbortSignal | undefined
  /** Called after each rebuild with the new build. */
  onChange(view: BuildView): void
  /** What the watch cannot take (a tsconfig that no longer parses, a directory it cannot watch), in a line: it goes on. */
  onError(message: string): void
}

/** Watches the program of `first` (the first build) and what it grows to. */
export function watchBuild(session: BuildSession, first: BuildView, options: BuildArgs, hooks: WatchHooks): Promise<void> {
  const pending = new Set<string>()
  let timer: NodeJS.Timeout | undefined
  let queue = Promise.resolve()
  const rebuild = (): void => {
    const files = [...pending]
    pending.clear()
    queue = queue.then(async () => {
      const compilation = await session.live()
      for (const file of files) {
        try {
          compilation.update(file)
        } catch (error) {
          // A tsconfig that no longer parses.
          if (!isInputError(error)) throw error
          hooks.onError(`${error.message} (building on as before the change)`)
        }
      }
      hooks.onChange(compilation)
      follow(compilation)
    })
  }
  const watchers = new Map<string, TreeWatch>()
  /** The project's tree, and each tree outside it that holds files of the program (a workspace package's sources). */
  const follow = (view: BuildView): void => {
    for (const dir of [view.root, ...outsideDirectories(view)]) {
      if (watchers.has(dir)) continue
      const watcher = watchTree(dir, {
        skipped: (sub) => sub !== dir && isSkipped(sub, options.outDir),
        changed: (file) => {
          if (!isProgramFile(file)) return
          pending.add(file)
          clearTimeout(timer)
          timer = setTimeout(rebuild, SETTLE_MS)
        },
        unwatchable: (sub, error) =>
          hooks.onError(`cannot watch ${sub} (${error.message}): its changes go unseen — on Linux, raise fs.inotify.max_user_watches`),
      })
      watchers.set(dir, watcher)
    }
  }
  follow(first)
  return new Promise((resolve) => {
    const end = (): void => {
      for (const watcher of watchers.values()) watcher.close()
      clearTimeout(timer)
      process.off('SIGINT', end).off('SIGTERM', end)
      void queue.then(resolve)
    }
    if (hooks.stop) hooks.stop.addEventListener('abort', end, { once: true })
    else process.once('SIGINT', end).once('SIGTERM', end)
  })
}

/**
 * The directories outside the root that hold the program's files — a workspace package's sources
 * linked through node_modules, a tsconfig's include of ../shared —, none under another.
 */
function outsideDirectories(view: BuildView): string[] {
  const files = sourcesOf(view)
  const dirs = [...new Set(files.map((file) => path.dirname(file)))].filter((dir) => !isUnder(dir, view.root))
  return dirs.filter((dir) => !dirs.some((other) => other !== dir && isUnder(dir, other)))
}

/** The output directory, installed packages and hidden directories (under the root: the root itself may be in one); what lies below them is never walked. */
function isSkipped(dir: string, outDir: string): boolean {
  const name = path.basename(dir)
  return dir === outDir || name === 'node_modules' || name.startsWith('.')
}
