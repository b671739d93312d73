// `vtify build --watch`: after the first build, every change to a source file under the project
// is given to the live compilation (incremental: plugin/compilation.ts), and the modules whose
// output changed are written again. Stops on Ctrl-C (SIGINT), SIGTERM or the caller's signal.

import fs from 'node:fs'
import path from 'node:path'
import { isProgramFile } from '../compiler/node.js'
import type { BuildSession } from '../plugin/session.js'
import type { BuildView } from '../plugin/view.js'
import type { BuildArgs } from './build-args.js'

/** Editors write a file in several steps: changes this close together are one rebuild. */
const SETTLE_MS = 50

export interface WatchHooks {
  /** Stops the watch when aborted (tests); otherwise SIGINT or SIGTERM stop it. */
  stop: AbortSignal | undefined
  /** Called after each rebuild with the new build. */
  onChange(view: BuildView): void
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
      for (const file of files) compilation.update(file)
      hooks.onChange(compilation)
    })
  }
  const watcher = fs.watch(root, { recursive: true }, (_event, name) => {
    const file = name && path.resolve(root, name.toString())
    if (!file || !isProgramFile(file) || !isWatched(file, options.outDir)) return
    pending.add(file)
    clearTimeout(timer)
    timer = setTimeout(rebuild, SETTLE_MS)
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

/** Not the output directory, nor installed packages or hidden directories. */
function isWatched(file: string, outDir: string): boolean {
  if (file === outDir || file.startsWith(outDir + path.sep)) return false
  return !file.split(path.sep).some((part) => part === 'node_modules' || part.startsWith('.'))
}
