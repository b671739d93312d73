// vtify/vite and vtify/rollup: one plugin object for Vite 8 and Rollup 4. Hooks only — the
// analysis and the transform are compiler/'s; see docs/plugin.md.

// Nothing imported here loads TypeScript: a build the cache answers never does (the compiler is
// imported by live.ts, when the cache cannot answer or a file changes).

import path from 'node:path'
import type { SourceMap } from '../compiler/index.js'
import type { BuildContext, DevServer, HotContext, HotUpdate, ModuleGraph, UserConfig, ViteConfig } from './context.js'
import { DevCompiler } from './dev-compiler.js'
import { editOutcome } from './edit.js'
import { logOf, type LogTarget } from './logs.js'
import { outsideWarning, programOf } from './outside.js'
import { fileOf, idFilter, type IdFilter, type VtifyOptions } from './options.js'
import { JS_SPECIFIER, typeScriptCandidates } from './resolve.js'
import { servedOf, type Served } from './served.js'
import { BuildSession, type SessionOptions } from './session.js'
import { isModuleOf, type BuildView } from './view.js'

export type { VtifyOptions, FilterPattern } from './options.js'

export interface VtifyPlugin {
  name: 'vtify'
  enforce: 'pre'
  config(this: void, user: UserConfig): { worker: { plugins: () => VtifyPlugin[] } } | undefined
  configResolved(this: void, config: ViteConfig): void
  configureServer(this: void, server: DevServer): void
  buildStart(this: BuildContext): Promise<void>
  resolveId: {
    filter: { id: RegExp }
    handler(this: BuildContext, source: string, importer: string | undefined): Promise<string | null>
  }
  transform: {
    filter: { id: IdFilter }
    handler(this: BuildContext, code: string, id: string): Promise<{ code: string; map?: SourceMap } | null>
  }
  shouldTransformCachedModule(this: BuildContext, options: { id: string }): Promise<boolean>
  watchChange(this: BuildContext, id: string): Promise<void>
  hotUpdate(this: HotContext, options: HotUpdate): [] | undefined
  buildEnd(this: BuildContext, error?: Error): void
  closeBundle(this: void): void
}

export function vtify(options: VtifyOptions = {}): VtifyPlugin {
  let viteConfig: ViteConfig | undefined
  /** The code each module id was last given, to tell Rollup's cache which modules are stale. */
  const emitted = new Map<string, string>()
  /** Project files this build asked to transform: errors elsewhere do not stop it (buildEnd). */
  const bundled = new Set<string>()
  /** Files whose output changed because another file changed, not yet re-transformed. */
  const stale = new Set<string>()
  /** Why the stale files changed, one line per edit, printed when the dev server reloads the page. */
  const reasons: string[] = []
  /** Vite calls hotUpdate once per environment for one change: take the stale files once. */
  let lastHot: { key: string; changed: string[] } | undefined
  /** The module graphs of a dev server that makes no hot updates (Vitest's): see watchChange. */
  let unhot: ModuleGraph[] | undefined

  let session: BuildSession | undefined
  /** The dev server's compiler (a worker thread), started with the server. */
  let dev: DevCompiler | undefined
  /** After configResolved (under Vite). */
  const sessionOptions = (): SessionOptions => {
    const cacheDir = typeof options.cache === 'string' ? options.cache : options.cache === false ? false : viteConfig && path.join(viteConfig.cacheDir, 'vtify')
    // Under Vite (configResolved ran) the output stays TypeScript: Vite's own transform, after
    // this one, strips the types — cheaper than doing it here. Rollup gets JavaScript.
    const keepTypes = viteConfig !== undefined
    const lazy = viteConfig?.command === 'serve'
    // Vitest's dev server: its config has `test`. Tests may replace exports there (vi.spyOn, vi.mock).
    const replaceableImports = lazy && viteConfig?.test !== undefined
    return { target: options.tsconfig ?? options.root ?? viteConfig?.root ?? process.cwd(), keepTypes, lazy, cacheDir, replaceableImports }
  }
  /** Made on first use (a build, Rollup, the CLI). */
  const getSession = (): BuildSession => (session ??= new BuildSession(sessionOptions()))
  /** What the transform hook hands the bundler for a module. */
  const served = async (file: string): Promise<Served> => (dev ? dev.serve(file) : servedOf(await getSession().current(), file, viteConfig !== undefined))
  /** For logs, which are made after the build was read or compiled. */
  const made = (): BuildView => {
    const view = session?.made
    if (!view) throw new Error('vtify: internal error: a log before the build was read')
    return view
  }
  const sourceOf = (file: string): string | undefined => made().sourceText(file)
  const logTarget = (): LogTarget => ({ root: made().root, sourceOf, vite: viteConfig !== undefined })
  /**
   * Vite's own TypeScript transform makes no source map for a build without `build.sourcemap`,
   * and neither does this one: the bundler would only carry it along. Rollup's output options are
   * not known to a transform: there, always.
   */
  const wantsMap = (): boolean => viteConfig === undefined || viteConfig.command === 'serve' || Boolean(viteConfig.build.sourcemap)

  return {
    name: 'vtify',
    // Before Vite's own TypeScript transform: vtify reads the program itself; Vite then strips
    // the types of what it emits.
    enforce: 'pre',

    // A build bundles each web worker with the plugins of `worker.plugins` alone (the app's apply
    // to workers only in dev): a worker's threads were left uncompiled, and failed when they ran.
    // vtify joins them unless the config chose the workers' plugins itself (docs/plugin.md).
    config(user) {
      return user.worker?.plugins === undefined ? { worker: { plugins: () => [vtify(options)] } } : undefined
    },

    configResolved(config) {
      viteConfig = config
    },

    configureServer(server) {
      if (server.config.server.hmr === false) unhot = Object.values(server.environments).map((environment) => environment.moduleGraph)
    },

    async buildStart() {
      // A Rollup rebuild re-transforms stale modules itself (shouldTransformCachedModule).
      stale.clear()
      bundled.clear()
      // Long work (a cold build) says how far it got, in the bundler's log.
      const progress = (line: string): void => this.info(line)
      // The dev server starts at once: its compiler starts on a worker thread, modules are read
      // from the cache or compiled when first requested, and Vite watches the root itself.
      if (viteConfig?.command === 'serve') {
        dev ??= new DevCompiler(sessionOptions(), progress)
        return
      }
      getSession().progress = progress
      const c = await getSession().current()
      // Every file of the program can change what another module compiles to, and the tsconfig
      // what every module does: watch them all.
      for (const file of c.watched) this.addWatchFile(file)
      for (const d of c.warnings()) this.warn(logOf(d, logTarget()))
      // Errors fail a build when it transforms a module they block (transform, below), naming the
      // file at fault; the dev server keeps serving and the page shows them.
    },

    resolveId: {
      filter: { id: JS_SPECIFIER },
      async handler(source, importer) {
        if (importer === undefined) return null
        const candidates = typeScriptCandidates(source, fileOf(importer))
        if (dev) {
          for (const file of candidates) if (await dev.isModule(file)) return file
          return null
        }
        const c = await getSession().current()
        return candidates.find((file) => isModuleOf(c, file)) ?? null
      },
    },

    transform: {
      filter: { id: idFilter(options) },
      async handler(code, id) {
        const file = path.resolve(fileOf(id))
        const out = await served(file)
        if (out.kind === 'outside') {
          const warning = outsideWarning(file, code, programOf(path.resolve(sessionOptions().target)), viteConfig !== undefined)
          if (warning) this.warn(warning)
          return null
        }
        bundled.add(file)
        if (out.kind === 'failed') return this.error(out.error)
        // A build said every warning at its start; the dev server says a module's as it serves it.
        if (dev) for (const warning of out.warnings) this.warn(warning)
        emitted.set(id, out.code)
        // The map names the source by its base name: the bundler reads it relative to the module.
        return wantsMap() ? { code: out.code, map: out.map } : { code: out.code }
      },
    },

    // Rollup (watch mode, `cache`): re-transform a module whose own file did not change when its
    // output did, e.g. a function it calls in another file became multistate.
    async shouldTransformCachedModule({ id }) {
      const outcome = (await getSession().current()).outcome(path.resolve(fileOf(id)))
      return outcome.kind !== 'outside' && (outcome.kind === 'failed' || emitted.get(id) !== outcome.code)
    },

    // Rollup watch mode and the Vite dev server both call this first for a changed file.
    async watchChange(id) {
      const edited = path.resolve(fileOf(id))
      // A dev server without hot updates (Vitest's) never calls hotUpdate, and Vitest runs the
      // tests again on the edited file's change alone, before the compiler can say which other
      // modules changed: every module given code is invalidated now, so that each is asked for
      // again — and answered after this edit — rather than served from the graph as it was.
      if (unhot) invalidate(unhot, emitted.keys())
      // The dev server's compiler hears of every change: it may have read the program already.
      // A build's session that made nothing yet has nothing to compare.
      const outcome = dev ? await dev.edit(edited, emitted) : session?.made && (await editOutcome(session, edited, emitted))
      if (!outcome || unhot) return
      for (const file of outcome.changed) stale.add(file)
      if (outcome.reason !== undefined && dev) reasons.push(outcome.reason)
    },

    // Vite dev server: modules whose output changed because another file changed are invalidated
    // and the page reloads (a state machine cannot be swapped under running threads).
    hotUpdate({ file, timestamp }) {
      const key = `${file}@${timestamp}`
      if (lastHot?.key !== key) {
        lastHot = { key, changed: [...stale] }
        stale.clear()
        for (const reason of reasons.splice(0)) this.environment.logger.info(reason, { timestamp: true })
      }
      if (lastHot.changed.length === 0) return undefined
      invalidate([this.environment.moduleGraph], lastHot.changed)
      this.environment.hot.send({ type: 'full-reload' })
      return []
    },

    buildEnd(error) {
      const view = session?.made
      // A web worker's bundle (config above) would repeat what the app's build says of the program.
      if (error || viteConfig?.command === 'serve' || viteConfig?.isWorker || !view) return
      const { root } = view
      // An error in a module the bundle does not include (a script, a test the tsconfig takes in)
      // did not stop it; it is still an error in the program.
      for (const d of view.errors()) {
        if (bundled.has(path.resolve(root, d.file))) continue
        const log = logOf(d, logTarget())
        this.warn({ ...log, message: `${log.message} (not in this build: it does not import ${d.file})` })
      }
      this.info(view.summary())
    },

    closeBundle() {
      // The dev server closed (a build has no compiler worker).
      dev?.close()
      dev = undefined
    },
  }
}

/** Invalidates the modules of `files` (file names or module ids) in each graph. */
function invalidate(graphs: readonly ModuleGraph[], files: Iterable<string>): void {
  for (const file of files) {
    for (const graph of graphs) for (const mod of graph.getModulesByFile(fileOf(file)) ?? []) graph.invalidateModule(mod)
  }
}

export default vtify
