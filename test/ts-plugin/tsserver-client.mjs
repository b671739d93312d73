// A minimal tsserver client: starts `tsserver` as a child process and speaks its protocol (JSON
// requests, one a line, on stdin; Content-Length framed messages on stdout). Used by the
// end-to-end test and by bench/editor.mjs. Every request has a deadline; close() always kills.

import { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { clearTimeout, setTimeout } from 'node:timers'

const require = createRequire(import.meta.url)

export class TsServer {
  /** @param {{ args?: string[], cwd?: string, timeoutMs?: number, tsserver?: string }} [options] */
  constructor({ args = [], cwd = process.cwd(), timeoutMs = 30_000, tsserver = require.resolve('typescript/lib/tsserver.js') } = {}) {
    this.timeoutMs = timeoutMs
    this.seq = 0
    /** @type {Map<number, { resolve: (body: unknown) => void, reject: (error: Error) => void, timer: NodeJS.Timeout }>} */
    this.pending = new Map()
    this.buffer = Buffer.alloc(0)
    this.stderr = ''
    this.child = spawn(process.execPath, [tsserver, '--disableAutomaticTypingAcquisition', ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] })
    this.child.stdout.on('data', (chunk) => this.receive(chunk))
    this.child.stderr.on('data', (chunk) => (this.stderr += chunk))
    this.child.on('exit', (code, signal) => this.failAll(new Error(`tsserver exited (${code ?? signal}): ${this.stderr.slice(-2000)}`)))
  }

  /** A request tsserver answers; resolves with the response body. */
  request(command, args) {
    const seq = this.send(command, args)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(seq)
        reject(new Error(`tsserver: no answer to ${command} within ${this.timeoutMs} ms`))
      }, this.timeoutMs)
      this.pending.set(seq, { resolve, reject, timer })
    })
  }

  /** A request tsserver does not answer (open, change, close). */
  notify(command, args) {
    this.send(command, args)
  }

  close() {
    this.failAll(new Error('tsserver closed'))
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL')
  }

  send(command, args) {
    const seq = ++this.seq
    this.child.stdin.write(`${JSON.stringify({ seq, type: 'request', command, arguments: args })}\n`)
    return seq
  }

  receive(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk])
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n')
      if (headerEnd < 0) return
      const length = Number(/Content-Length: (\d+)/.exec(this.buffer.subarray(0, headerEnd).toString())?.[1])
      const start = headerEnd + 4
      if (this.buffer.length < start + length) return
      const message = JSON.parse(this.buffer.subarray(start, start + length).toString())
      this.buffer = this.buffer.subarray(start + length)
      if (message.type === 'response') this.settle(message)
    }
  }

  settle(message) {
    const waiting = this.pending.get(message.request_seq)
    if (!waiting) return
    this.pending.delete(message.request_seq)
    clearTimeout(waiting.timer)
    if (message.success) waiting.resolve(message.body)
    else waiting.reject(new Error(`tsserver: ${message.command} failed: ${message.message}`))
  }

  failAll(error) {
    for (const { reject, timer } of this.pending.values()) {
      clearTimeout(timer)
      reject(error)
    }
    this.pending.clear()
  }
}
