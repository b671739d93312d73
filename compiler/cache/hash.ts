// Content hashes: what every cache entry is keyed by and checked against.

import { createHash } from 'node:crypto'
import fs from 'node:fs'

export function hashText(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('base64url')
}

/** A file's content hash, or '' when it does not exist (an absent file is a fact too). */
export function hashFile(file: string): string {
  try {
    return hashText(fs.readFileSync(file))
  } catch {
    return ''
  }
}
