// Driving wrk (Debian's package) from the server benchmarks: one run, its requests/s and errors.

import { execFileSync } from 'node:child_process'

export interface WrkResult {
  requestsPerSec: number
  /** wrk's socket errors and non-2xx responses, or 'none'. */
  errors: string
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

/** `wrk -t2` with `connections` for `seconds` against 127.0.0.1:port; extra: more options (a -s script). */
export function wrk(port: number, connections: number, seconds: number, extra: string[] = []): WrkResult {
  const args = ['-t2', `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', ...extra, `http://127.0.0.1:${port}/`]
  const out = execFileSync('wrk', args, { encoding: 'utf8', timeout: (seconds + 30) * 1000 })
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(out)
  if (rps === null) throw new Error(`could not read wrk's output:\n${out}`)
  const socket = /Socket errors: (.*)/.exec(out)?.[1]
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1]
  const errors = [socket, non2xx === undefined ? undefined : `non-2xx ${non2xx}`].filter(Boolean).join(', ') || 'none'
  return { requestsPerSec: Number(rps[1]), errors }
}
