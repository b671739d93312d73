// `vtify analyze --help`, apart from analyze.ts, which loads TypeScript.

export const ANALYZE_HELP = `Usage: vtify analyze <entry-file | dir | tsconfig.json> [--json]

Find the multistate functions (those that can block a virtual thread), why each one is (its
reason chains), its state boundaries, what each keeps in its continuation, and every
diagnostic with a code frame. Exit status 1 when there are errors.

Options:
  --json       print the analysis model as JSON instead of the report
  -h, --help   show this help
`
