// vtify/compiler: the public API of the vtify core.

export type * from './model.js'
export { Analyzer, type AnalyzeStats } from './analyzer.js'
export { Project, analyzePath } from './project.js'
export { resolveInput, InputError, type ProgramInput } from './program/input.js'
export { PRIMITIVES, RUNTIME_MODULE, THREAD_STARTERS } from './program/runtime-module.js'
export { runtimeExportOf } from './runtime-target.js'
export { Codes } from './diagnostics/codes.js'
export { formatChain, formatStep } from './analyze/names.js'
export { codeFrame } from './diagnostics/code-frame.js'
export { namedVariables } from './transform/describe-layout.js'
export { blockingErrors, layoutsOf, transformProject, transformProgram, type TransformResult, type TransformOptions, type SourceMap } from './transform/index.js'
