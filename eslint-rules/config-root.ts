// Where `configs.recommended` roots typed linting: the directory of the eslint.config.* file that
// reads the config. The project service looks for a file's tsconfig.json upwards only as far as
// its root, so a root at process.cwd() fails every file ("was not found by the project service")
// when eslint runs in a subdirectory (`cd src && npx eslint .`, which still finds the
// eslint.config.js above). ESLint tells a plugin nothing of its config file; the config file is
// on the call stack while it reads `configs.recommended`, which is how typescript-eslint finds the
// same directory for its own configs (its getTSConfigRootDirFromStack).

import path from 'node:path'
import { fileURLToPath } from 'node:url'

const CONFIG_FILE = /^eslint\.config\.[cm]?[jt]s$/

/** The directory of the innermost eslint.config.* on the call stack, or process.cwd() without one. */
export function configRoot(): string {
  for (const file of stackFiles()) {
    // ES modules are named by file: URLs, CommonJS and jiti's TypeScript configs by paths.
    const fileName = file.startsWith('file:') ? fileURLToPath(file) : file
    if (CONFIG_FILE.test(path.basename(fileName))) return path.dirname(fileName)
  }
  return process.cwd()
}

/** The files of the call stack's frames, innermost first (V8's structured stack trace). */
function stackFiles(): string[] {
  const { stackTraceLimit, prepareStackTrace } = Error
  Error.stackTraceLimit = Infinity
  Error.prepareStackTrace = (_error, sites) => sites
  try {
    const holder: { stack?: unknown } = {}
    Error.captureStackTrace(holder, stackFiles)
    const sites = holder.stack as NodeJS.CallSite[]
    return sites.flatMap((site) => site.getFileName() ?? [])
  } finally {
    Error.stackTraceLimit = stackTraceLimit
    Error.prepareStackTrace = prepareStackTrace
  }
}
