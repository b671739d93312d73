// A Simple Web Server variant in its own Node process, started as every variant is (env PORT=0,
// ROOT, TIMEOUT_MS; it prints `listening on <address>:<port>` first), with the connection errors
// it reports on stderr kept for counting.

import { spawn } from 'node:child_process'
import { once } from 'node:events'

export interface ServerProcess {
  port: number
  /** Lines `connection <peer>: …` the server wrote to stderr so far. */
  reports(): string[]
  /** SIGTERM, wait for the exit; everything it wrote to stdout. */
  stop(): Promise<string>
}

/** `settings`: more environment for the server, such as LOOPS. */
export async function startServer(name: string, main: string, root: string, settings: Record<string, string> = {}): Promise<ServerProcess> {
  // An idle timeout longer than any run: the load generator's connections stay open between requests.
  const env = { ...process.env, PORT: '0', ROOT: root, TIMEOUT_MS: '600000', ...settings }
  const child = spawn(process.execPath, [main], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', () => {
      const m = /listening on [\d.]+:(\d+)/.exec(stdout)
      if (m !== null) resolve(Number(m[1]))
    })
    child.on('exit', (code) => reject(new Error(`the ${name} server exited (${code}) before listening:\n${stdout}${stderr}`)))
  })
  return {
    port,
    reports: () => stderr.match(/^connection \S+: .*$/gm) ?? [],
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM')
        await once(child, 'exit')
      }
      return stdout
    },
  }
}
