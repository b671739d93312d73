// docs/conformance.md's tables from a full run: per directory and mode the tests that pass
// unmodified and how each fared, the totals, REJECTED by diagnostic code, and every WRONG, CRASH
// and TIMEOUT by name.

import type { Kind, Result, Run } from './conformance.js'
import type { Mode } from './insert.js'

const KINDS: readonly Kind[] = ['PASS', 'REJECTED', 'WRONG', 'CRASH', 'TIMEOUT']

export function reportTables(run: Run, modes: readonly Mode[], date: string): string {
  const lines = [`Measured ${date} on this repository's 2-core development machine (\`npm run conformance\`).`, '']
  for (const mode of modes) {
    const results = run.results.filter((r) => r.mode === mode)
    lines.push(
      `### Mode \`${mode}\``,
      '',
      ...totals(results, run.baseline.length),
      '',
      ...byDirectory(results),
      '',
      ...rejected(results),
      '',
      ...failures(results),
      '',
    )
  }
  return lines.join('\n')
}

function count(results: readonly Result[], kind: Kind): number {
  return results.filter((r) => r.kind === kind).length
}

function totals(results: readonly Result[], baseline: number): string[] {
  const percent = (n: number): string => `${((100 * n) / Math.max(1, baseline)).toFixed(1)} %`
  return [`Of ${baseline} tests that pass unmodified: ${KINDS.map((k) => `**${count(results, k)} ${k}** (${percent(count(results, k))})`).join(', ')}.`]
}

function byDirectory(results: readonly Result[]): string[] {
  const dirs = new Map<string, Result[]>()
  for (const r of results) {
    // `expressions/in` for `expressions/in/x.js`, `arguments-object` for `arguments-object/x.js`.
    const dir = r.test.split('/').slice(0, -1).slice(0, 2).join('/')
    const inDir = dirs.get(dir)
    if (inDir) inDir.push(r)
    else dirs.set(dir, [r])
  }
  const rows = [...dirs].sort(([a], [b]) => a.localeCompare(b)).map(([dir, rs]) => `| ${dir} | ${rs.length} | ${KINDS.map((k) => count(rs, k)).join(' | ')} |`)
  return [`| directory | pass unmodified | ${KINDS.join(' | ')} |`, `|---|---|${KINDS.map(() => '---').join('|')}|`, ...rows]
}

function rejected(results: readonly Result[]): string[] {
  const byCause = new Map<string, number>()
  for (const r of results.filter((x) => x.kind === 'REJECTED')) {
    const cause = `${r.codes!.join(', ')}: ${printable(r.detail ?? '')
      .replace(/`/g, "'")
      .replace(/\s+/g, ' ')
      .slice(0, 140)}`
    byCause.set(cause, (byCause.get(cause) ?? 0) + 1)
  }
  const rows = [...byCause].sort((a, b) => b[1] - a[1]).map(([cause, n]) => `| ${n} | ${cause.replace(/\|/g, '\\|')} |`)
  return rows.length === 0
    ? ['No test is rejected.']
    : ['REJECTED, by diagnostic (the first message of each kind):', '', '| tests | code: message |', '|---|---|', ...rows]
}

function failures(results: readonly Result[]): string[] {
  const bad = results.filter((r) => r.kind === 'WRONG' || r.kind === 'CRASH' || r.kind === 'TIMEOUT')
  if (bad.length === 0) return ['No test is WRONG, CRASH or TIMEOUT.']
  return ['WRONG, CRASH and TIMEOUT:', '', ...bad.map((r) => `- ${r.kind} \`${r.test}\`: ${firstLine(r.detail)}`)]
}

/** Messages quote the tests' code, which may hold control characters: shown escaped. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

function firstLine(detail: string | undefined): string {
  const line =
    printable(detail ?? '')
      .split('\n')
      .find((l) => /Error|failed/.test(l)) ?? ''
  return line.replace(/`/g, "'").trim().slice(0, 160)
}
