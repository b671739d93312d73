// The real `eslint` command on a user's project (test/eslint/fixtures/cli): its own eslint.config.js
// loads the built plugin's recommended config with typed linting.

import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const PROJECT = fileURLToPath(new URL('./fixtures/cli/', import.meta.url))
/**
 * A project whose eslint.config.js is the README's `[vtify.configs.recommended]` alone, laid out as
 * create-vite's react-ts app: vite.config.ts in tsconfig.node.json; vitest.config.ts in no tsconfig.
 */
const RECOMMENDED = fileURLToPath(new URL('./fixtures/recommended/', import.meta.url))
const ESLINT = path.join(ROOT, 'node_modules/eslint/bin/eslint.js')

/** `eslint --format json .` run in `cwd`, which finds the config file above it. */
function lint(cwd: string, expectedStatus = 1): LintResult[] {
  const r = spawnSync(process.execPath, [ESLINT, '--format', 'json', '.'], { cwd, encoding: 'utf8' })
  expect(r.stderr).toBe('')
  expect(r.status).toBe(expectedStatus)
  return JSON.parse(r.stdout) as LintResult[]
}

interface LintResult {
  filePath: string
  messages: Array<{ ruleId: string | null; line: number; message: string }>
}

beforeAll(() => {
  if (!fs.existsSync(path.join(ROOT, 'dist/eslint-rules/index.js'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' })
})

describe('eslint CLI with vtify/eslint configs.recommended', () => {
  it('reports each rule at its line, across files', () => {
    const results = lint(PROJECT)
    const found = results.flatMap((f) =>
      f.messages.map((m) => ({ at: `${path.relative(PROJECT, f.filePath)}:${m.line}`, ruleId: m.ruleId, message: m.message })),
    )
    expect(found.map((m) => `${m.at} ${m.ruleId}`).sort()).toEqual([
      'src/main.ts:21 vtify/no-unsuspendable-call',
      'src/main.ts:22 vtify/no-unsuspendable-call',
      'src/main.ts:5 vtify/require-yield-in-loop',
      'src/walk.ts:4 vtify/no-multistate-recursion',
    ])
    const recursion = found.find((m) => m.ruleId === 'vtify/no-multistate-recursion')
    expect(recursion?.message).toContain('writeTree → walkChildren (src/tree.ts:12) → writeTree (src/walk.ts:4)')
  })

  it('configs.recommended is rooted at its eslint.config.js, also when eslint runs in a subdirectory', () => {
    // Rooted at the working directory, the project service never found ../tsconfig.json: every file
    // was a parsing error "was not found by the project service". Root config files are left out:
    // in the default project, vite.config.ts was a parsing error, "also was found in the project service".
    for (const cwd of [RECOMMENDED, path.join(RECOMMENDED, 'src')]) {
      const found = lint(cwd, 0).flatMap((f) => f.messages.map((m) => `${path.relative(RECOMMENDED, f.filePath)}:${m.line} ${m.ruleId}`))
      expect(found).toEqual(['src/main.ts:4 vtify/require-yield-in-loop'])
    }
  })
})
