// The real `eslint` command on a user's project (test/eslint/fixtures/cli): its own eslint.config.js
// loads the built plugin's recommended config with typed linting.

import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const PROJECT = fileURLToPath(new URL('./fixtures/cli/', import.meta.url))
const ESLINT = path.join(ROOT, 'node_modules/eslint/bin/eslint.js')

interface LintResult {
  filePath: string
  messages: Array<{ ruleId: string | null; line: number; message: string }>
}

beforeAll(() => {
  if (!fs.existsSync(path.join(ROOT, 'dist/eslint-rules/index.js'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' })
})

describe('eslint CLI with vtify/eslint configs.recommended', () => {
  it('reports each rule at its line, across files', () => {
    const r = spawnSync(process.execPath, [ESLINT, '--format', 'json', '.'], { cwd: PROJECT, encoding: 'utf8' })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(1)
    const results = JSON.parse(r.stdout) as LintResult[]
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
})
