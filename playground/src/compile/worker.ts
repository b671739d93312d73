// The compiler worker: vtify/compiler's analysis and transform — the same code `vtify build`
// runs — over the in-memory program, one request at a time, keeping the analyzer's per-file
// facts between requests.

import { Analyzer, formatChain, transformProgram } from '../../../compiler/index'
import { MemoryProgram } from './host'
import { ROOT } from './files'
import type { CompileRequest, CompileResponse } from './protocol'

const memory = new MemoryProgram()
const analyzer = new Analyzer(ROOT)

function compile({ id, files }: CompileRequest): CompileResponse {
  const start = performance.now()
  try {
    const program = memory.update(files)
    const model = analyzer.analyze(program)
    const result = transformProgram(program, model)
    return {
      id,
      model,
      layouts: result.layouts,
      outputs: Object.fromEntries(result.outputs),
      maps: Object.fromEntries(result.maps),
      diagnostics: [...memory.missing.of(Object.keys(files)), ...model.diagnostics, ...result.diagnostics, ...result.warnings],
      chains: Object.fromEntries(model.functions.filter((f) => f.multistate).map((f) => [f.id, formatChain(f.name, f.reason)])),
      ms: performance.now() - start,
    }
  } catch (error) {
    // A compiler bug must not take the page down: show it, keep editing.
    return { id, crash: error instanceof Error ? (error.stack ?? error.message) : String(error) }
  }
}

self.onmessage = (event: MessageEvent<CompileRequest>) => {
  self.postMessage(compile(event.data))
}
