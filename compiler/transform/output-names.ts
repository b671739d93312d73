// The name of a module's output as `vtify build` writes it, beside the others as the sources lie:
// the transform names an imported module's output by it, and the CLI writes the files under it.
// No TypeScript here: the CLI reads it from a build the cache answers.

const JS_EXTENSIONS: Readonly<Record<string, string>> = { '.ts': '.js', '.tsx': '.js', '.mts': '.mjs', '.cts': '.cjs', '.jsx': '.js' }

/** `src/a.ts` → `src/a.js` (JavaScript and JSON keep their names), as relative imports are rewritten. */
export function outputName(file: string): string {
  const ext = /\.[^./\\]*$/.exec(file)?.[0] ?? ''
  return file.slice(0, file.length - ext.length) + (JS_EXTENSIONS[ext] ?? ext)
}
