// The compiled modules as ES modules the worker can import: each becomes a blob URL, its imports
// of other project modules rewritten to theirs, and `vtify/runtime` and `sim` to modules that
// re-export the objects this worker already loaded (one runtime, the one the stepper gates).

const IMPORT = /(\bfrom\s*|\bimport\s*\(?\s*)(['"])([^'"]+)\2/g

function moduleOf(names: Record<string, unknown>, global: string): string {
  return Object.keys(names)
    .map((n) => `export const ${n} = globalThis.${global}.${n};`)
    .join('\n')
}

function resolve(from: string, specifier: string, files: readonly string[]): string | undefined {
  if (!specifier.startsWith('.')) return undefined
  const parts = from.split('/').slice(0, -1)
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop()
    else if (part !== '.') parts.push(part)
  }
  const base = parts.join('/').replace(/\.(js|ts|mjs|mts)$/, '')
  return files.find((f) => f.replace(/\.(ts|tsx|mts|js)$/, '') === base)
}

/** Blob URLs of the modules, in an order where each module's imports come first. */
export function moduleUrls(outputs: Record<string, string>, globals: Record<string, { names: Record<string, unknown>; global: string }>): string[] {
  const files = Object.keys(outputs)
  const bare = Object.fromEntries(
    Object.entries(globals).map(([spec, g]) => [spec, URL.createObjectURL(new Blob([moduleOf(g.names, g.global)], { type: 'text/javascript' }))]),
  )
  const urls = new Map<string, string>()
  const visit = (file: string, stack: Set<string>): string => {
    const done = urls.get(file)
    if (done) return done
    if (stack.has(file)) throw new Error(`the Run pane cannot run modules that import each other in a cycle (${[...stack, file].join(' → ')})`)
    stack.add(file)
    const code = (outputs[file] ?? '').replace(IMPORT, (all, head: string, quote: string, spec: string) => {
      const target = bare[spec] ?? (resolve(file, spec, files) !== undefined ? visit(resolve(file, spec, files) as string, stack) : undefined)
      return target ? `${head}${quote}${target}${quote}` : all
    })
    stack.delete(file)
    const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }))
    urls.set(file, url)
    return url
  }
  for (const file of files) visit(file, new Set())
  return [...urls.values()]
}
