// The three stages of a request, functions of plain data: each runs on whichever event loop owns
// its clue when the thread gets there (main.ts).

import { createHash } from 'node:crypto'
import { deflateSync } from 'node:zlib'
import { VT_yield } from 'vtify/runtime'

export interface Request {
  readonly rounds: number
  readonly text: string
}

/** `<rounds> <text>`: how many times to hash, and what. */
export function parse(line: string): Request {
  const space = line.indexOf(' ')
  const rounds = Number(space < 0 ? line : line.slice(0, space))
  if (!Number.isInteger(rounds) || rounds < 1 || rounds > 100_000)
    throw new RangeError(`rounds must be an integer from 1 to 100000, got '${line.slice(0, 20)}'`)
  return { rounds, text: space < 0 ? '' : line.slice(space + 1) }
}

/** sha256 applied `rounds` times: the CPU-heavy stage. It lets the loop's other threads run every 1,024 rounds. */
export function hash(request: Request): string {
  let digest = createHash('sha256').update(request.text).digest()
  // eslint-disable-next-line vtify/require-yield-in-loop -- a boundary every 1,024 iterations
  for (let i = 1; i < request.rounds; i++) {
    digest = createHash('sha256').update(digest).digest()
    if (i % 1024 === 0) VT_yield()
  }
  return digest.toString('hex')
}

/** The deflated size of the text repeated up to 64 KiB: a stage of another cost. */
export function compress(request: Request): number {
  const unit = request.text === '' ? ' ' : request.text
  return deflateSync(unit.repeat(Math.ceil(65_536 / unit.length)).slice(0, 65_536)).length
}
