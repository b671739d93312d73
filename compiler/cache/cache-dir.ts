// Where a project's cache lives when the bundler does not say (Vite gives its cacheDir):
// node_modules/.cache/vtify of the nearest directory with a node_modules, as other tools do.

import fs from 'node:fs'
import path from 'node:path'

/** The cache directory for a project root, or undefined when no node_modules is above it. */
export function defaultCacheDir(root: string): string | undefined {
  for (let dir = path.resolve(root); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'node_modules'))) return path.join(dir, 'node_modules', '.cache', 'vtify')
    if (path.dirname(dir) === dir) return undefined
  }
}
