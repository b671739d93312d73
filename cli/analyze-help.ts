// `vtify analyze --help`, apart from analyze.ts, which loads TypeScript.

export const ANALYZE_HELP = `Usage: vtify analyze <entry-file | dir | tsconfig.json> [options]

Find the multistate functions (those that can block a virtual thread), why each one is (its
reason chains), its state boundaries, what each keeps in its continuation, and every
diagnostic with a code frame. Exit status 1 when there are errors. When no file of the
program changed since the last run, the answer comes from the cache.

Options:
  --json              print the analysis model as JSON instead of the report
  --cache-dir <dir>   keep the cache there (default: node_modules/.cache/vtify of the nearest
                      directory above the project that has a node_modules)
  --no-cache          neither read nor write the cache
  -h, --help          show this help
`
