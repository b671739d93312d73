// node:path for the compiler in the browser: POSIX semantics over the playground's in-memory
// file system, whose files all live under one absolute root ('/project').

export const sep = '/'
export const delimiter = ':'

export function normalize(p: string): string {
  const absolute = p.startsWith('/')
  const out: string[] = []
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop()
    else if (part !== '..' || !absolute) out.push(part)
  }
  const joined = out.join('/')
  return absolute ? `/${joined}` : joined || '.'
}

export function isAbsolute(p: string): boolean {
  return p.startsWith('/')
}

export function join(...parts: string[]): string {
  return normalize(parts.filter((p) => p !== '').join('/'))
}

export function resolve(...parts: string[]): string {
  let out = ''
  for (const part of parts) out = part.startsWith('/') ? part : `${out}/${part}`
  return normalize(out.startsWith('/') ? out : `/${out}`)
}

export function relative(from: string, to: string): string {
  const a = resolve(from).split('/').filter(Boolean)
  const b = resolve(to).split('/').filter(Boolean)
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/')
}

export function dirname(p: string): string {
  const i = p.lastIndexOf('/')
  if (i < 0) return '.'
  return i === 0 ? '/' : p.slice(0, i)
}

export function basename(p: string, ext?: string): string {
  const base = p.slice(p.lastIndexOf('/') + 1)
  return ext !== undefined && base.endsWith(ext) ? base.slice(0, -ext.length) : base
}

export function extname(p: string): string {
  const base = basename(p)
  const i = base.lastIndexOf('.')
  return i <= 0 ? '' : base.slice(i)
}

const path = { sep, delimiter, normalize, isAbsolute, join, resolve, relative, dirname, basename, extname }
export const posix = path
export default path
