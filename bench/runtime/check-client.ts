// A client that checks answers: every one of `clients` keep-alive connections requests every file
// `rounds` times (each starting at another file) and compares the body with the file's bytes. The
// smoke mode of bench:webstone is this client alone; the full run uses it before wrk, so that a
// server that answers fast but wrongly is caught.

import http from 'node:http'

export interface Served {
  name: string
  bytes: Buffer
}

export interface Checked {
  correct: number
  total: number
  /** The first few failures, described. */
  failures: string[]
}

function get(agent: http.Agent, port: number, name: string): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port, path: `/${name}`, agent, timeout: 10_000 }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks) }))
      response.on('error', reject)
    })
    request.on('timeout', () => request.destroy(new Error('no answer within 10 s')))
    request.on('error', reject)
  })
}

async function oneClient(agent: http.Agent, port: number, files: readonly Served[], start: number, rounds: number, result: Checked): Promise<void> {
  for (let i = 0; i < files.length * rounds; i++) {
    const file = files[(start + i) % files.length] as Served
    result.total++
    try {
      const { status, body } = await get(agent, port, file.name)
      if (status === 200 && body.equals(file.bytes)) result.correct++
      else if (result.failures.length < 5) result.failures.push(`${file.name}: status ${status}, ${body.length} bytes (expected 200, ${file.bytes.length})`)
    } catch (error) {
      if (result.failures.length < 5) result.failures.push(`${file.name}: ${String(error)}`)
    }
  }
}

export async function check(port: number, files: readonly Served[], clients: number, rounds: number): Promise<Checked> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients })
  const result: Checked = { correct: 0, total: 0, failures: [] }
  try {
    await Promise.all(Array.from({ length: clients }, (_, c) => oneClient(agent, port, files, c, rounds, result)))
  } finally {
    agent.destroy()
  }
  return result
}
