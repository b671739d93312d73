// nginx for `npm run bench:webstone`: Debian's package (apt-get install -y nginx), started by the
// benchmark on 127.0.0.1 with a config generated into a temp dir — its own pid file, error log
// and temp paths, so it needs no root and touches nothing of a system nginx. One worker process:
// the comparison is one event loop against one event loop (vtify n loops comes later).

import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import fs from 'node:fs'
import net, { type AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

export interface Nginx {
  port: number
  stop(): Promise<void>
}

/** The nginx binary's path, or undefined when the package is not installed. */
export function findNginx(): string | undefined {
  for (const candidate of ['/usr/sbin/nginx', '/usr/bin/nginx']) if (fs.existsSync(candidate)) return candidate
  try {
    return execFileSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).trim() || undefined
  } catch {
    return undefined
  }
}

async function freePort(): Promise<number> {
  const probe = net.createServer().listen(0, '127.0.0.1')
  await once(probe, 'listening')
  const { port } = probe.address() as AddressInfo
  await new Promise((resolve) => probe.close(resolve))
  return port
}

function config(dir: string, root: string, port: number): string {
  const temp = (name: string): string => `${name}_temp_path ${path.join(dir, name)};`
  return `daemon off;
worker_processes 1;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  tcp_nodelay on;
  keepalive_requests 1000000;
  keepalive_timeout 600s;
  default_type application/octet-stream;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  server {
    listen 127.0.0.1:${port} backlog=4096;
    root ${root};
  }
}
`
}

/** Wait until something accepts on port, for up to 10 s. */
async function accepting(port: number, child: ChildProcess, log: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}):\n${fs.readFileSync(log, 'utf8')}`)
    const ok = await new Promise<boolean>((resolve) => {
      const sock = net.connect(port, '127.0.0.1', () => resolve(true)).on('error', () => resolve(false))
      sock.on('connect', () => sock.destroy())
    })
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`nginx did not accept on 127.0.0.1:${port} within 10 s`)
}

/** Start nginx serving root (which its worker, maybe 'nobody' under root, must be able to read). */
export async function startNginx(binary: string, root: string): Promise<Nginx> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-nginx-'))
  const port = await freePort()
  const conf = path.join(dir, 'nginx.conf')
  const log = path.join(dir, 'error.log')
  fs.writeFileSync(conf, config(dir, root, port))
  const child = spawn(binary, ['-p', dir, '-c', conf, '-e', log], { stdio: 'ignore' })
  await accepting(port, child, log)
  return {
    port,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM')
        await once(child, 'exit')
      }
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
