// `vtify build --watch`: after the first build, every change to a source file under the project
// is given to the live compilation (incremental: plugin/compilation.ts), and the modules whose
// output changed are written again. Stops on Ctrl-C (SIGINT), SIGTERM or the caller's signal.

import path from 'node:path'
import { isInputError, isProgramFile } from '../compiler/node.js'
import type { BuildSession } from '../plugin/session.js'
import type { BuildView } from '../plugin/view.js'
import type { BuildArgs } from './build-args.js'
import { watchTree } from './watch-tree.js'

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

export function watchBuild(session: BuildSession, root: string, options: BuildArgs, hooks: WatchHooks): Promise<void> {
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
    })
  }
  const watcher = watchTree(root, {
    skipped: (dir) => dir !== root && isSkipped(dir, options.outDir),
    changed: (file) => {
      if (!isProgramFile(file)) return
      pending.add(file)
      clearTimeout(timer)
      timer = setTimeout(rebuild, SETTLE_MS)
    },
    unwatchable: (dir, error) => hooks.onError(`cannot watch ${dir} (${error.message}): its changes go unseen — on Linux, raise fs.inotify.max_user_watches`),
  })
  return new Promise((resolve) => {
    const end = (): void => {
      watcher.close()
      clearTimeout(timer)
      process.off('SIGINT', end).off('SIGTERM', end)
      void queue.then(resolve)
    }
    if (hooks.stop) hooks.stop.addEventListener('abort', end, { once: true })
    else process.once('SIGINT', end).once('SIGTERM', end)
  })
}

/** The output directory, installed packages and hidden directories (under the root: the root itself may be in one); what lies below them is never walked. */
function isSkipped(dir: string, outDir: string): boolean {
  const name = path.basename(dir)
  return dir === outDir || name === 'node_modules' || name.startsWith('.')
}
