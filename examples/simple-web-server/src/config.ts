// The server's settings, from the environment, checked once at start-up so that a typo fails
// loudly instead of serving from the wrong place.
import path from 'node:path'
import { reusePortMissing } from './reuse-port.js'

/**
 * Bytes read from a file at a time, and the size of a connection's output buffer: a 64 KiB file
 * goes in three writes, and 1,000 connections hold 32 MB of buffers at most.
 */
export const CHUNK = 32 * 1024

export interface Config {
  /** 0 asks the OS for a free port. */
  port: number
  /** Absolute: every request path is resolved under it and must stay under it. */
  root: string
  /** A connection that makes no progress (no byte read, no write completed) for this long is closed. */
  timeoutMs: number
  /** Event loops that accept and serve connections, each on its own core (1: no worker thread). */
  loops: number
}

function integer(name: string, fallback: number, min: number): number {
  const text = process.env[name]
  if (text === undefined || text === '') return fallback
  const value = Number(text)
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer ≥ ${min}, not '${text}'`)
  return value
}

export function readConfig(): Config {
  const loops = integer('LOOPS', 1, 1)
  const missing = loops > 1 ? reusePortMissing() : undefined
  // Not a quiet fallback to one loop: LOOPS=2 would then measure, or serve, something else.
  if (missing !== undefined) throw new Error(`LOOPS=${loops}: ${missing}. Run with LOOPS=1.`)
  return {
    port: integer('PORT', 8080, 0),
    root: path.resolve(process.env.ROOT ?? '.'),
    timeoutMs: integer('TIMEOUT_MS', 10_000, 1),
    loops,
  }
}
