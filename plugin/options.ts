// What a user may pass to `vtify()`, and the module-id filter the hooks use.

/** A glob (matched against the module id), a regular expression, or a list of them. */
export type FilterPattern = string | RegExp | (string | RegExp)[]

export interface VtifyOptions {
  /** Module ids to transform (default: `.ts`, `.tsx`, `.js`, `.mjs` files). */
  include?: FilterPattern
  /** Module ids to leave alone (default: anything under node_modules). */
  exclude?: FilterPattern
  /** The tsconfig.json whose program is analysed (default: the one in `root`, if any). */
  tsconfig?: string
  /** The project directory (default: Vite's root, or the working directory under Rollup). */
  root?: string
  /**
   * Keep each build's output in a cache and reuse it while nothing it was made from changed
   * (default true): in Vite's `cacheDir`, or `node_modules/.cache/vtify` under Rollup; a string
   * names the directory; false turns it off.
   */
  cache?: boolean | string
}

export interface IdFilter {
  include: FilterPattern
  exclude: FilterPattern
}

// Ids may carry a query (`?t=…` after a Vite hot update), hence `(\?|$)`.
const DEFAULT_INCLUDE = /\.(?:ts|tsx|js|mjs)(?:\?|$)/
const DEFAULT_EXCLUDE = /[\\/]node_modules[\\/]/

export function idFilter(options: VtifyOptions): IdFilter {
  return { include: options.include ?? DEFAULT_INCLUDE, exclude: options.exclude ?? DEFAULT_EXCLUDE }
}

/** The file a module id names: without Vite's query or hash. */
export function fileOf(id: string): string {
  return id.replace(/[?#].*$/, '')
}
