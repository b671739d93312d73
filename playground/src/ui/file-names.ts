// Names of the program's files (tabs): a fresh one for a new tab, and what a name must be.

/** `file2.ts`, `file3.ts`, …: the first not taken. */
export function newFileName(taken: readonly string[]): string {
  for (let n = 2; ; n++) if (!taken.includes(`file${n}.ts`)) return `file${n}.ts`
}

/** Why `name` cannot name a file of the program, or undefined when it can. */
export function fileNameProblem(name: string, taken: readonly string[]): string | undefined {
  // .tsx would pass JSX through to the Run pane, which has no JSX runtime to run it
  if (!/\.m?ts$/.test(name)) return `${name || 'An empty name'}: a file of the program ends in .ts (or .mts).`
  if (name.startsWith('/') || name.split('/').some((part) => part === '' || part === '.' || part === '..'))
    return `${name}: a name relative to the program's folder, without . or .. parts (such as lib/io.ts).`
  if (taken.includes(name)) return `${name}: there is a file by that name already.`
  return undefined
}
