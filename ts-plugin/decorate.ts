// The decorated language service: TypeScript's own answers, plus vtify's read off the analysis
// model. A failure in vtify's part is logged and TypeScript's answer returned unchanged — the
// editor must keep working whatever the analysis does.

import ts from 'typescript'
import { codeFixesAt, FIXABLE_CODES } from './code-fixes/index.js'
import { diagnosticsOf } from './diagnostics.js'
import { hoverAt } from './hover.js'
import { inlayHintsIn } from './inlay-hints.js'
import { ModelCache } from './model-cache.js'
import type { FileView, ModelView } from './model-view.js'
import { REFACTORS, type RefactorContext } from './refactors/index.js'

/** What the plugin uses of tsserver's PluginCreateInfo (which satisfies it), so tests can build one. */
export interface PluginInfo {
  languageService: ts.LanguageService
  project: {
    getCurrentDirectory(): string
    projectService: { logger: { info(message: string): void } }
  }
}

const decorated = new WeakSet<ts.LanguageService>()

export function decorate(info: PluginInfo): ts.LanguageService {
  const base = info.languageService
  // Loaded twice (globally and from tsconfig, say): the second decoration is a no-op.
  if (decorated.has(base)) return base
  const cache = new ModelCache(info.project.getCurrentDirectory(), () => base.getProgram())
  const log = (message: string): void => info.project.projectService.logger.info(`[vtify] ${message}`)
  /** Runs `f` on the file's view of the current model; undefined for files outside it or on failure. */
  const withFile = <T>(fileName: string, f: (model: ModelView, file: FileView) => T): T | undefined => {
    try {
      const model = cache.current()
      const file = model?.file(fileName)
      return model && file ? f(model, file) : undefined
    } catch (error) {
      log(`failed on ${fileName}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
      return undefined
    }
  }

  const ls: ts.LanguageService = { ...forwardAll(base) }
  ls.getQuickInfoAtPosition = (fileName, position, ...rest) => {
    const info = base.getQuickInfoAtPosition(fileName, position, ...rest)
    const hover = withFile(fileName, (model, file) => hoverAt(model, file, position))
    if (!hover) return info
    const parts = hover.paragraphs.map((text): ts.SymbolDisplayPart => ({ kind: 'text', text }))
    const documentation = joinParagraphs([...(info?.documentation ?? []), ...parts])
    return info
      ? { ...info, documentation }
      : { kind: ts.ScriptElementKind.unknown, kindModifiers: '', textSpan: { start: hover.start, length: hover.length }, documentation }
  }
  ls.provideInlayHints = (fileName, span, preferences) => [
    ...base.provideInlayHints(fileName, span, preferences),
    ...(withFile(fileName, (_, file) => inlayHintsIn(file, span)) ?? []),
  ]
  ls.getSemanticDiagnostics = (fileName) => [...base.getSemanticDiagnostics(fileName), ...(withFile(fileName, diagnosticsOf) ?? [])]
  ls.getApplicableRefactors = (fileName, positionOrRange, preferences, reason, kind, ...rest) => {
    const own = withFile(fileName, (model, file) => {
      const ctx: RefactorContext = { model, file, position: startOf(positionOrRange) }
      return REFACTORS.filter((r) => (!kind || r.kind.startsWith(kind)) && r.applies(ctx))
    })
    const offered = (own ?? []).map(({ name, description, kind }): ts.ApplicableRefactorInfo => ({ name, description, actions: [{ name, description, kind }] }))
    return [...base.getApplicableRefactors(fileName, positionOrRange, preferences, reason, kind, ...rest), ...offered]
  }
  ls.getEditsForRefactor = (fileName, formatOptions, positionOrRange, refactorName, actionName, preferences, ...rest) => {
    const refactor = REFACTORS.find((r) => r.name === refactorName)
    if (!refactor) return base.getEditsForRefactor(fileName, formatOptions, positionOrRange, refactorName, actionName, preferences, ...rest)
    const textChanges = withFile(fileName, (model, file) => refactor.edits({ model, file, position: startOf(positionOrRange) }))
    return textChanges ? { edits: [{ fileName, textChanges }] } : undefined
  }
  ls.getCodeFixesAtPosition = (fileName, start, end, errorCodes, formatOptions, preferences) => [
    ...base.getCodeFixesAtPosition(fileName, start, end, errorCodes, formatOptions, preferences),
    ...(withFile(fileName, (model, file) => codeFixesAt({ model, file, position: start }, errorCodes)) ?? []),
  ]
  // Editors ask for fixes only for the codes the server says it has fixes for.
  ls.getSupportedCodeFixes = (fileName) => [...base.getSupportedCodeFixes(fileName), ...FIXABLE_CODES]
  decorated.add(ls)
  return ls
}

/** A copy of the service whose every method calls the original. */
function forwardAll(base: ts.LanguageService): ts.LanguageService {
  const copy: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(base)) {
    copy[key] = typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(base) : value
  }
  return copy as unknown as ts.LanguageService
}

/** Where a refactor is asked for: the cursor, or the start of the selection. */
function startOf(position: number | ts.TextRange): number {
  return typeof position === 'number' ? position : position.pos
}

function joinParagraphs(parts: readonly ts.SymbolDisplayPart[]): ts.SymbolDisplayPart[] {
  return parts.flatMap((part, i) => (i === 0 ? [part] : [{ kind: 'lineBreak', text: '\n\n' }, part]))
}
