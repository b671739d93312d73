// The modules bench/runtime/compile.mjs compiled with vtify from blocking-style sources, next to
// this file's build in node_modules/.cache/vtify-bench/.

import { fileURLToPath } from 'node:url'

/** Path of a compiled module: `compiledPath('blocking/spin.js')`. */
export function compiledPath(file: string): string {
  return fileURLToPath(new URL(`../../compiled/${file}`, import.meta.url))
}

/** Import a compiled module; its exports are typed by the caller (the output has no types). */
export async function importCompiled<T>(file: string): Promise<T> {
  return (await import(compiledPath(file))) as T
}
