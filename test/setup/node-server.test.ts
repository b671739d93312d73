// README "In a Node server", followed: the server built with `vtify build`, run, and answering over
// loopback; then run again from a runtime-only install (vtify without its optional dependencies).

import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import { connect } from 'node:net'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { install, packedVtify, tempDir } from './install.js'
import { commands, fileBlock, readmeBlocks } from './readme.js'

const blocks = readmeBlocks('### In a Node server')
let root: string
let packed: string
const servers: ChildProcess[] = []

/** Start `node dist/main.js` in `dir` on a free port; resolves with the port it prints. */
function start(dir: string): Promise<number> {
  const server = spawn(process.execPath, ['dist/main.js'], { cwd: dir, env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] })
  servers.push(server)
  return new Promise((resolve, reject) => {
    let out = ''
    server.stdout!.on('data', (chunk: Buffer) => {
      out += chunk
      const port = /listening on (\d+)/.exec(out)?.[1]
      if (port) resolve(Number(port))
    })
    server.stderr!.on('data', (chunk: Buffer) => (out += chunk))
    server.on('exit', (code) => reject(new Error(`the server exited (${code}): ${out}`)))
  })
}

/** Send `text` on a loopback connection, half-close, and collect the answer until the server closes. */
function exchange(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let answer = ''
    const socket = connect(port, '127.0.0.1', () => socket.end(text))
    socket.setEncoding('utf8')
    socket.on('data', (chunk: string) => (answer += chunk))
    socket.on('end', () => resolve(answer))
    socket.on('error', reject)
  })
}

beforeAll(() => {
  root = tempDir('vtify-node-server-')
  packed = packedVtify()
}, 60_000)

afterAll(() => {
  for (const s of servers) s.kill()
  if (root) fs.rmSync(root, { recursive: true, force: true })
})

describe('README: vtify in a Node server', () => {
  const app = (): string => path.join(root, 'my-server')

  it('builds the server with vtify build', () => {
    expect(commands(blocks).slice(0, 3)).toEqual([
      'mkdir my-server && cd my-server',
      'npm init -y && npm pkg set type=module',
      'npm i vtify && npm i -D @types/node',
    ])
    fs.mkdirSync(path.join(app(), 'src'), { recursive: true })
    fs.writeFileSync(path.join(app(), 'package.json'), JSON.stringify({ name: 'my-server', version: '1.0.0', type: 'module' }))
    install(app(), packed, { typescript: '6' })
    const main = fileBlock(blocks, 'src/main.ts')
    fs.writeFileSync(path.join(app(), main.file!), main.text)
    expect(commands(blocks)).toContain('npx vtify build src -o dist')
    execFileSync(process.execPath, ['node_modules/vtify/bin/vtify.js', 'build', 'src', '-o', 'dist'], { cwd: app(), stdio: 'pipe' })
    expect(fs.readFileSync(path.join(app(), 'dist/main.js'), 'utf8')).toContain('connection$sm')
  }, 60_000)

  it('answers each line in capitals, one thread per connection', async () => {
    const port = await start(app())
    const answers = await Promise.all([exchange(port, 'hello\r\nworld\n'), exchange(port, 'a second connection\n')])
    expect(answers).toEqual(['HELLO\nWORLD\n', 'A SECOND CONNECTION\n'])
  })

  it('runs from a runtime-only install: node_modules holds vtify alone', async () => {
    expect(commands(blocks)).toContain('npm ci --omit=dev --omit=optional')
    const deployed = path.join(root, 'deployed')
    fs.mkdirSync(deployed)
    fs.cpSync(path.join(app(), 'dist'), path.join(deployed, 'dist'), { recursive: true })
    fs.copyFileSync(path.join(app(), 'package.json'), path.join(deployed, 'package.json'))
    install(deployed, packed, { typescript: '6', omitOptional: true })
    expect(fs.readdirSync(path.join(deployed, 'node_modules'))).toEqual(['vtify'])
    expect(fs.existsSync(path.join(deployed, 'node_modules/vtify/node_modules'))).toBe(false)
    const port = await start(deployed)
    expect(await exchange(port, 'deployed\n')).toBe('DEPLOYED\n')
  })

  it('says what is missing when the compiler runs from a runtime-only install', () => {
    const deployed = path.join(root, 'deployed')
    fs.cpSync(path.join(app(), 'src'), path.join(deployed, 'src'), { recursive: true })
    const run = spawnSync(process.execPath, ['node_modules/vtify/bin/vtify.js', 'build', 'src', '-o', 'out'], { cwd: deployed, encoding: 'utf8' })
    expect(run.status).not.toBe(0)
    expect(run.stderr).toMatch(/^vtify: the compiler needs \S+, an optional dependency of vtify that is not installed/)
  })
})
