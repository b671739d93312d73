// examples/pipeline-server, built by the real `vtify build` CLI and run with two event loops:
// clients on 127.0.0.1 send requests line by line; each is parsed, hashed and compressed on the
// loops that own those stages, and the answer comes back on the connection's own loop. Needs
// `npm run build`.

import type { ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { deflateSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildExample, startServer, type RunningServer } from './compiled-server.js'

const running: ChildProcess[] = []
let out = ''
let server: RunningServer

beforeAll(async () => {
  out = buildExample('pipeline-server', import.meta.dirname)
  server = await startServer(path.join(out, 'src/main.js'), { PORT: '0', LOOPS: '2' }, running)
}, 60_000)
afterAll(() => {
  for (const child of running) child.kill()
  fs.rmSync(out, { recursive: true, force: true })
})

/** Send `lines` on one connection, one at a time; the answers in order. */
async function ask(lines: readonly string[]): Promise<string[]> {
  const socket = net.connect(server.port, '127.0.0.1')
  socket.setEncoding('utf8')
  let buffered = ''
  const answers: string[] = []
  for (const line of lines) {
    socket.write(`${line}\n`)
    while (!buffered.includes('\n')) buffered += await new Promise<string>((resolve) => socket.once('data', resolve))
    const end = buffered.indexOf('\n')
    answers.push(buffered.slice(0, end))
    buffered = buffered.slice(end + 1)
  }
  socket.end()
  return answers
}

/** What the server must answer, computed here. */
function expected(rounds: number, text: string): string {
  let digest = createHash('sha256').update(text).digest()
  for (let i = 1; i < rounds; i++) digest = createHash('sha256').update(digest).digest()
  const unit = text === '' ? ' ' : text
  const size = deflateSync(unit.repeat(Math.ceil(65_536 / unit.length)).slice(0, 65_536)).length
  return `${digest.toString('hex')} ${size}`
}

describe('examples/pipeline-server on two event loops', () => {
  it('answers each request through its three stages, with stages on both loops', async () => {
    const clients = Array.from({ length: 8 }, (_, c) => ask([`${10 + c} client ${c}`, `${200 + c} second of ${c}`, `1 x`]))
    const answers = (await Promise.all(clients)).flat()
    const loops = new Set<string>()
    let i = 0
    for (let c = 0; c < 8; c++) {
      for (const [rounds, text] of [
        [10 + c, `client ${c}`],
        [200 + c, `second of ${c}`],
        [1, 'x'],
      ] as const) {
        const answer = answers[i++]!
        expect(answer.slice(0, answer.indexOf(' loops'))).toBe(expected(rounds, text))
        const stages = /loops ([01])([01])([01])$/.exec(answer)
        expect(stages, answer).not.toBeNull()
        for (const loop of stages!.slice(1)) loops.add(loop)
      }
    }
    // hashed 2-clues: threads take lanes on both loops
    expect([...loops].sort()).toEqual(['0', '1'])
    expect(server.stderr()).toBe('')
  })

  it('answers a malformed request with an error and keeps the connection', async () => {
    expect(await ask(['many words', '2 ok'])).toEqual([
      "error rounds must be an integer from 1 to 100000, got 'many words'",
      expect.stringMatching(new RegExp(`^${expected(2, 'ok')} loops [01]{3}$`)),
    ])
  })
})
