// Opening the file a request names, and streaming it to the client.
//
// The file is read with VT_read on its fs.promises FileHandle, a channel of the runtime, rather
// than VT_await(handle.read(…)): the file is then read like the socket, with the same primitive
// into the same buffer, at the handle's position like read(2), CHUNK bytes (config.ts) at a time,
// never whole in memory; and the runtime's file-handle port forgets a read in flight when the
// idle watchdog cancels the thread. open, fstat and close have no channel form: those are
// fs.promises calls waited for with VT_await, the bridge to every promise API.
import type { Stats } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import path from 'node:path'
import type { Socket } from 'node:net'
import { VT_await, VT_read, VT_write } from 'vtify/runtime'
import type { IdleClock } from './idle.js'
import { OPEN_FLAGS, openFailure } from './route.js'

export interface OpenFile {
  handle: FileHandle
  size: number
  /** The file actually opened: a directory's index.html. */
  name: string
}

/** open's answer for a directory: the caller tries its index.html. */
const DIRECTORY = 0

/** A regular file opened, DIRECTORY, or a status (403, 404); other failures are thrown. */
function openRegular(name: string): OpenFile | number {
  let handle: FileHandle
  try {
    handle = VT_await(open(name, OPEN_FLAGS))
  } catch (error) {
    const status = openFailure(error)
    if (status === undefined) throw error
    return status
  }
  let stats: Stats
  try {
    // fstat of the handle, not stat of the name: the file cannot be swapped in between.
    stats = VT_await(handle.stat())
  } catch (error) {
    VT_await(handle.close())
    throw error
  }
  if (stats.isFile()) return { handle, size: stats.size, name }
  VT_await(handle.close())
  return stats.isDirectory() ? DIRECTORY : 403
}

/** The file a request names, its index.html if it is a directory, or the status to answer. */
export function openFile(name: string): OpenFile | number {
  const found = openRegular(name)
  if (found !== DIRECTORY) return found
  const index = openRegular(path.join(name, 'index.html'))
  return index === DIRECTORY ? 404 : index
}

/**
 * Send head, then `length` bytes of the file, through out. The head and the first chunk go in
 * one write, so a small file leaves in one TCP segment. A file that shrank while being sent
 * throws: the Content-Length already promised cannot be kept, so the connection must end.
 */
export function sendFile(sock: Socket, out: Uint8Array, head: number, file: FileHandle, length: number, clock: IdleClock): void {
  let used = head
  let left = length
  do {
    if (left > 0) {
      const n = VT_read(file, out.subarray(used), Math.min(left, out.length - used))
      if (n === 0) throw new Error(`the file ended ${left} bytes short of the length it had when opened`)
      used += n
      left -= n
    }
    VT_write(sock, out, used) // the runtime hands the socket a copy: out is free again at once
    clock.touch()
    used = 0
  } while (left > 0)
}
