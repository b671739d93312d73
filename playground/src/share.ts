// Share: the tabs compressed into the URL's hash (lz-string), and read back on load.

import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string'

const PREFIX = '#code/'

export function linkTo(files: Record<string, string>): string {
  const url = new URL(location.href)
  url.hash = PREFIX + compressToEncodedURIComponent(JSON.stringify(files))
  return url.href
}

/** The files a shared URL carries, or undefined for a plain URL or one that does not decode. */
export function filesFromHash(hash: string): Record<string, string> | undefined {
  if (!hash.startsWith(PREFIX)) return undefined
  try {
    const parsed: unknown = JSON.parse(decompressFromEncodedURIComponent(hash.slice(PREFIX.length)) || 'null')
    return isFileMap(parsed) ? parsed : undefined
  } catch {
    return undefined
  }
}

function isFileMap(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && Object.values(value).every((text) => typeof text === 'string')
}
