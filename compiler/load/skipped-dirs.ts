// Directories a project directory's sources are not looked for in (load/input.ts), nor a cache's
// listings (cache/inputs.ts). A file of its own: the cache reads it without loading TypeScript.

export const SKIPPED_DIRS: ReadonlySet<string> = new Set(['node_modules', 'dist', 'build', 'coverage'])
