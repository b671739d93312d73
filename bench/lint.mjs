// bench:lint — ESLint with typed linting on the generated 20k-line project, without and with the
// vtify rules (configs.recommended), in one run, on two typescript-eslint baselines: the
// type-checked rules (what a project with typed linting runs; the budget, ≤ 1.3×) and the plain
// rules with a typed parser (the checker then runs for vtify alone). Each lint runs in a fresh child
// process (the project service and TypeScript's caches live per process, so no variant warms
// another), alternating, three rounds; prints the median of each and the ratios.
// Run with `npm run bench:lint` (builds first). `--smoke` lints a 2k-line project for one round.

import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'

/** typescript-eslint configs the vtify rules are added to. Both parse with type information. */
const BASELINES = ['recommendedTypeChecked', 'recommended']
const VARIANTS = BASELINES.flatMap((b) => [b, `${b}+vtify`])

const here = path.dirname(fileURLToPath(import.meta.url))
const variantArg = process.argv.indexOf('--variant')

if (variantArg >= 0) await lintOnce(process.argv[variantArg + 1], process.argv[variantArg + 2])
else await main()

async function main() {
  const { generateProject } = await import('./lib/generate-project.mjs')
  const smoke = process.argv.includes('--smoke')
  const { dir, files, lines } = generateProject(path.join(here, 'generated', 'lint'), { lines: smoke ? 2_000 : 20_000 })
  console.log(`project: ${files.length} modules, ${lines} lines`)
  const times = Object.fromEntries(VARIANTS.map((v) => [v, []]))
  for (let round = 0; round < (smoke ? 1 : 3); round++) {
    for (const variant of VARIANTS) {
      const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--variant', variant, dir], { encoding: 'utf8' })
      if (run.status !== 0) throw new Error(`bench:lint ${variant} failed:\n${run.stderr}`)
      const result = JSON.parse(run.stdout)
      times[variant].push(result.ms)
      console.log(`  round ${round + 1} ${variant.padEnd(26)} ${result.ms.toFixed(0).padStart(6)} ms  ${summary(result.problems)}`)
    }
  }
  for (const base of BASELINES) {
    const without = median(times[base])
    const withVtify = median(times[`${base}+vtify`])
    console.log(`${base}: median ${without.toFixed(0)} ms; + vtify: median ${withVtify.toFixed(0)} ms; ratio ${(withVtify / without).toFixed(2)}×`)
  }
  console.log('budget: 1.30× against recommendedTypeChecked (a project with typed linting on)')
}

/** Child process: one lint of `dir`, printing its wall time and problem counts by rule as JSON. */
async function lintOnce(variant, dir) {
  const { ESLint } = await import('eslint')
  const { default: tseslint } = await import('typescript-eslint')
  const { default: vtify } = await import('../dist/eslint-rules/index.js')
  const [base, plus] = variant.split('+')
  const overrideConfig = [
    ...tseslint.configs[base],
    { files: ['**/*.ts'], languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: dir } } },
    ...(plus ? [vtify.configs.recommended] : []),
  ]
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig })
  const t0 = performance.now()
  const results = await eslint.lintFiles(['src/**/*.ts'])
  const ms = performance.now() - t0
  const problems = {}
  for (const m of results.flatMap((r) => r.messages)) problems[m.ruleId ?? 'fatal'] = (problems[m.ruleId ?? 'fatal'] ?? 0) + 1
  process.stdout.write(JSON.stringify({ ms, problems }))
}

function summary(problems) {
  const entries = Object.entries(problems)
  return entries.length === 0 ? 'no problems' : entries.map(([rule, n]) => `${rule}: ${n}`).join(', ')
}

function median(xs) {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}
