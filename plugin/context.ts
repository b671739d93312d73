// The parts of the Vite and Rollup plugin contexts the hooks use. Written out structurally so
// that the published types depend on neither bundler (both are optional peer dependencies);
// test/plugin checks that the plugin is assignable to both `Plugin` types.

import type { BundlerLog } from './logs.js'

export interface BuildContext {
  warn(log: BundlerLog): void
  error(log: BundlerLog): never
  info(log: string): void
  addWatchFile(id: string): void
}

/** A Vite dev environment's module graph node, as far as invalidation needs it. */
export interface GraphModule {
  file: string | null
}

/** A Vite dev environment's module graph, as far as invalidation needs it. */
export interface ModuleGraph {
  getModulesByFile(file: string): Set<GraphModule> | undefined
  invalidateModule(mod: GraphModule): void
}

/** The Vite dev server, as far as configureServer needs it. */
export interface DevServer {
  config: { server: { hmr?: unknown } }
  environments: Record<string, { moduleGraph: ModuleGraph }>
}

export interface HotContext {
  environment: {
    moduleGraph: ModuleGraph
    hot: { send(payload: { type: 'full-reload' }): void }
    logger: { info(message: string, options?: { timestamp?: boolean }): void }
  }
}

export interface HotUpdate {
  file: string
  timestamp: number
}

/** Vite's config before it is resolved, as the config hook reads it. */
export interface UserConfig {
  worker?: { plugins?: unknown }
}

export interface ViteConfig {
  root: string
  /** Absolute: where Vite keeps its own cache; vtify's goes in its `vtify` subdirectory. */
  cacheDir: string
  command: 'build' | 'serve'
  /** The config of a web worker's bundle (Vite's `worker.plugins`). */
  isWorker?: boolean
  /** Vitest's options: present when Vitest runs the dev server. */
  test?: unknown
  build: { sourcemap: boolean | 'inline' | 'hidden' }
}
