// Driving wrk (Debian's package) from the server benchmarks: one run, its requests/s and errors.

import { execFileSync } from 'node:child_process'

export interface WrkResult {
  requestsPerSec: number
  /**
   * Bytes read per second, responses still arriving when the run stopped included (wrk counts
   * every read): with long responses and many connections, requests/s leaves out the work in
   * progress at the end, which depends on the order the server serves connections in.
   */
  bytesPerSec: number
  /** wrk's socket errors and non-2xx responses, or 'none'. */
  errors: string
  /** With `--latency` in extra: the median and 99th percentile latency, in ms. */
  p50Ms?: number
  p99Ms?: number
}

/** wrk's latency figure ("1.23ms", "456.00us", "2.01s") in ms. */
function ms(text: string | undefined): number | undefined {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(text ?? '')
  if (m === null) return undefined
  return Number(m[1]) * { us: 0.001, ms: 1, s: 1000, m: 60_000 }[m[2] as 'us' | 'ms' | 's' | 'm']
}

/** wrk's Transfer/sec figure ("394.34MB": binary units, as wrk prints them) in bytes. */
function bytes(text: string | undefined): number | undefined {
  const m = /^([\d.]+)(B|KB|MB|GB|TB)$/.exec(text ?? '')
  if (m === null) return undefined
  return Number(m[1]) * 1024 ** ['B', 'KB', 'MB', 'GB', 'TB'].indexOf(m[2] as string)
}

/** Exit with a hint when wrk is not installed. */
export function requireWrk(bench: string): void {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' })
  } catch (error) {
    // wrk --version exits 1 after printing; only a missing binary is fatal
    if ((error as { code?: string }).code === 'ENOENT') {
      console.error(`${bench} needs wrk: apt-get install -y wrk`)
      process.exit(1)
    }
  }
}

/** `wrk -t2` (-t1 for one connection) with `connections` for `seconds` against 127.0.0.1:port; extra: more options (a -s script). */
export function wrk(port: number, connections: number, seconds: number, extra: string[] = []): WrkResult {
  const args = [`-t${Math.min(2, connections)}`, `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', ...extra, `http://127.0.0.1:${port}/`]
  const out = execFileSync('wrk', args, { encoding: 'utf8', timeout: (seconds + 30) * 1000 })
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(out)
  const transfer = bytes(/Transfer\/sec:\s+(\S+)/.exec(out)?.[1])
  if (rps === null || transfer === undefined) throw new Error(`could not read wrk's output:\n${out}`)
  const socket = /Socket errors: (.*)/.exec(out)?.[1]
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1]
  const errors = [socket, non2xx === undefined ? undefined : `non-2xx ${non2xx}`].filter(Boolean).join(', ') || 'none'
  const p50Ms = ms(/^\s+50%\s+(\S+)/m.exec(out)?.[1])
  const p99Ms = ms(/^\s+99%\s+(\S+)/m.exec(out)?.[1])
  return { requestsPerSec: Number(rps[1]), bytesPerSec: transfer, errors, ...(p50Ms === undefined ? {} : { p50Ms }), ...(p99Ms === undefined ? {} : { p99Ms }) }
}
