// vtify/compiler: the public API of the vtify core.

export type * from './model.js'
export { Analyzer, type AnalyzeStats, type FileEntry } from './analyzer.js'
export { ModelCache } from './model-cache.js'
export { ModelIndex, FileEntries, type NumberedBoundary } from './model-index.js'
export { functionAnchor, functionNodeOf, nodeAt, nodeSpanning } from './locate.js'
export { isOuter } from './outer.js'
export { Project, analyzePath } from './project.js'
export { resolveInput, InputError, type ProgramInput } from './load/input.js'
export { isOwnFile } from './load/own-files.js'
export { PRIMITIVES, RUNTIME_MODULE, THREAD_STARTERS } from './extract/runtime-module.js'
export { runtimeExportOf } from './runtime-target.js'
export { Codes } from './diagnostics/codes.js'
export { callbackHost, type CallbackHost } from './diagnostics/callback-hosts.js'
export { docsLink } from './diagnostics/links.js'
export { formatChain, formatStep } from './analyze/names.js'
export { deepestChain, directReasons, type Chain } from './reason-chains.js'
export { codeFrame } from './diagnostics/code-frame.js'
export { namedVariables } from './transform/describe-layout.js'
export {
  blockingErrors,
  buildWarnings,
  layoutsOf,
  moduleLayouts,
  moduleOutputs,
  transformDiagnosticsOf,
  transformProject,
  transformProgram,
  type ModuleLayouts,
  type ModuleOutput,
  type TransformResult,
  type TransformOptions,
  type SourceMap,
} from './transform/index.js'
