// node:url for the compiler in the browser: file URLs are only turned into paths (module locations).

export function fileURLToPath(url: string | URL): string {
  return decodeURIComponent(new URL(url).pathname)
}

export function pathToFileURL(path: string): URL {
  return new URL(`file://${path}`)
}

export default { fileURLToPath, pathToFileURL }
