// HTTP/1.1 message syntax (RFC 9112), as far as a static-file server needs it: parsing a request
// head, and writing response heads. Plain functions with no I/O, so that the vtify server and its
// async/await twin (bench/runtime/sws-async.ts) share them and differ only in how they wait.

export interface Request {
  method: string
  /** As sent: the path, and the query if any. */
  target: string
  /** The minor version: 0 for HTTP/1.0, 1 for HTTP/1.1. */
  minor: 0 | 1
  /** Lower-cased names; repeated fields joined with ', ' (RFC 9110 §5.3). */
  headers: Map<string, string>
}

/** A request head over this many bytes gets 431 (the reading side enforces it). */
export const MAX_HEAD = 8192

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/
const REQUEST_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+) ([^\s]+) HTTP\/1\.([01])$/
// Field values: visible characters, spaces and tabs; anything else (NUL, a lone CR or LF) is a
// request smuggling hazard and gets 400.
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/
/** Optional whitespace around a field value: spaces and tabs only (trim() would drop a lone CR too). */
const OWS = /^[ \t]+|[ \t]+$/g

/** A request head (its text, blank line included), or the status that answers a malformed one. */
export function parseHead(text: string): Request | 400 {
  const lines = text.split('\r\n')
  // The head ends with CRLF CRLF: the last two elements are empty.
  if (lines.length < 3 || lines.pop() !== '' || lines.pop() !== '') return 400
  const match = REQUEST_LINE.exec(lines[0] as string)
  if (match === null) return 400
  const headers = new Map<string, string>()
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string
    const colon = line.indexOf(':')
    if (colon <= 0) return 400
    const name = line.slice(0, colon)
    const value = line.slice(colon + 1).replace(OWS, '')
    // A name must be a token: no whitespace before the colon, no obsolete line folding.
    if (!TOKEN.test(name) || !FIELD_VALUE.test(value)) return 400
    const key = name.toLowerCase()
    const previous = headers.get(key)
    headers.set(key, previous === undefined ? value : `${previous}, ${value}`)
  }
  const request: Request = { method: match[1] as string, target: match[2] as string, minor: match[3] === '1' ? 1 : 0, headers }
  // HTTP/1.1 requires exactly one Host field (RFC 9112 §3.2); repeated fields were joined with a
  // comma, which no host name holds.
  if (request.minor === 1 && (headers.get('host') ?? ',').includes(',')) return 400
  return request
}

function connectionTokens(request: Request): string[] {
  return (request.headers.get('connection') ?? '')
    .toLowerCase()
    .split(',')
    .map((t) => t.trim())
}

/** Whether the client wants the connection kept open after this response (RFC 9112 §9.3). */
export function wantsKeepAlive(request: Request): boolean {
  const tokens = connectionTokens(request)
  if (tokens.includes('close')) return false
  return request.minor === 1 || tokens.includes('keep-alive')
}

/**
 * The length of the request's body, or 400 if it cannot be known. This server reads no bodies
 * (GET and HEAD have none), so a request with one ends its connection after the response: where
 * the next request would start is unknown.
 */
export function bodyLength(request: Request): number | 400 {
  if (request.headers.has('transfer-encoding')) return 400
  const text = request.headers.get('content-length')
  if (text === undefined) return 0
  return /^\d{1,15}$/.test(text) ? Number(text) : 400
}

const REASONS: ReadonlyMap<number, string> = new Map([
  [200, 'OK'],
  [400, 'Bad Request'],
  [403, 'Forbidden'],
  [404, 'Not Found'],
  [405, 'Method Not Allowed'],
  [431, 'Request Header Fields Too Large'],
  [500, 'Internal Server Error'],
])

/** A response head, blank line included. */
export function responseHead(status: number, type: string, length: number, keepAlive: boolean, extra = ''): string {
  return (
    `HTTP/1.1 ${status} ${REASONS.get(status) ?? ''}\r\n` +
    `Content-Type: ${type}\r\nContent-Length: ${length}\r\n` +
    // Always said: an HTTP/1.0 client closes unless told keep-alive, an HTTP/1.1 one keeps unless told close.
    `Connection: ${keepAlive ? 'keep-alive' : 'close'}\r\n${extra}\r\n`
  )
}

/** A complete error response: its head, and a one-line text body unless it answers HEAD. */
export function errorResponse(status: number, keepAlive: boolean, headOnly: boolean): string {
  const body = `${status} ${REASONS.get(status) ?? ''}\n`
  const extra = status === 405 ? 'Allow: GET, HEAD\r\n' : ''
  return responseHead(status, 'text/plain; charset=utf-8', body.length, keepAlive, extra) + (headOnly ? '' : body)
}
