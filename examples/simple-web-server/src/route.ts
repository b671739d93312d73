// What to do with a parsed request, decided without I/O: an error status, or a file to send.
// Shared with the async/await twin (bench/runtime/sws-async.ts), like http.ts.
import { constants } from 'node:fs'
import path from 'node:path'
import { bodyLength, wantsKeepAlive, type Request } from './http.js'

interface Answer {
  /** Whether the connection stays open after the response. */
  keepAlive: boolean
  /** HEAD: the response's head only. */
  headOnly: boolean
}
export interface StatusRoute extends Answer {
  status: number
}
export interface FileRoute extends Answer {
  file: string
}
export type Route = StatusRoute | FileRoute

/**
 * The file a request path names under root, or 400 (not an origin-form path, bad %-escape) or
 * 403 (NUL, or a `..` segment: it could climb out of root). Symbolic links under root are
 * followed: whoever can create them there decides what is served.
 */
export function fileOf(root: string, target: string): string | 400 | 403 {
  if (!target.startsWith('/')) return 400
  const end = target.search(/[?#]/)
  let decoded: string
  try {
    decoded = decodeURIComponent(end < 0 ? target : target.slice(0, end))
  } catch {
    return 400
  }
  // Checked after decoding, so that %2e%2e and %00 are caught too.
  if (decoded.includes('\0') || decoded.split('/').includes('..')) return 403
  const file = path.join(root, decoded)
  // With no `..` segment path.join cannot leave root; checked again in case that ever changes.
  return file === root || file.startsWith(root + path.sep) ? file : 403
}

export function route(request: Request, root: string): Route {
  const headOnly = request.method === 'HEAD'
  const body = bodyLength(request)
  // A request with a body we do not read ends the connection: the next request's start is unknown.
  const keepAlive = body === 0 && wantsKeepAlive(request)
  if (body === 400) return { status: 400, keepAlive, headOnly }
  if (request.method !== 'GET' && !headOnly) return { status: 405, keepAlive, headOnly }
  const file = fileOf(root, request.target)
  return typeof file === 'string' ? { file, keepAlive, headOnly } : { status: file, keepAlive, headOnly }
}

// O_NONBLOCK: opening a FIFO under root must not block a libuv worker until a writer comes
// (regular files ignore the flag).
export const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK

/** The status answering a failed open(2) of a file a request named; other errors are the server's. */
export function openFailure(error: unknown): 403 | 404 | undefined {
  const code = (error as { code?: unknown } | null)?.code
  if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENAMETOOLONG') return 404
  if (code === 'EACCES' || code === 'EPERM') return 403
  return undefined
}
