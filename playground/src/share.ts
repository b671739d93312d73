// Share: the tabs compressed into the URL's hash (lz-string), and read back on load.

import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string'
import { fileNameProblem } from './ui/file-names'

const PREFIX = '#code/'

/** What a URL's hash carries: nothing, a program, or a link that does not read as one. */
export type Shared = { files: Record<string, string> } | { error: string } | undefined

export function linkTo(files: Record<string, string>): string {
  const url = new URL(location.href)
  url.hash = PREFIX + compressToEncodedURIComponent(JSON.stringify(files))
  return url.href
}

export function readHash(hash: string): Shared {
  if (!hash.startsWith(PREFIX)) return undefined
  try {
    const parsed: unknown = JSON.parse(decompressFromEncodedURIComponent(hash.slice(PREFIX.length)) || 'null')
    if (isFileMap(parsed)) return checkedNames(withLineFeeds(parsed))
  } catch {
    // not JSON: a link cut short or mistyped, as below
  }
  return { error: 'The program in this link could not be read (was the link cut short when it was copied?).' }
}

/** A name the tabs could not have (made by hand: `../x.ts`, `main.js`) would be compiled as nothing. */
function checkedNames(files: Record<string, string>): Shared {
  const problem = Object.keys(files)
    .map((name) => fileNameProblem(name, []))
    .find((p) => p !== undefined)
  return problem ? { error: `The program in this link has a file the playground cannot open: ${problem}` } : { files }
}

function isFileMap(value: unknown): value is Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const entries = Object.entries(value)
  return entries.length > 0 && entries.every(([name, text]) => name !== '' && typeof text === 'string')
}

/**
 * The editor keeps lines joined by \n whatever the text had (a link made on Windows carries
 * \r\n): the compiler must see that same text, or the offsets of its markers would not match,
 * and its results, compiled from a text the editor does not show, would never be shown.
 */
function withLineFeeds(files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([name, text]) => [name, text.replace(/\r\n?/g, '\n')]))
}
