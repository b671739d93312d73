import * as pathe from './pathe/index.mjs'
import * as utils from './pathe/utils.mjs'
const PATHS = [
  '',
  '.',
  '..',
  '/',
  '//',
  'a/b/../c',
  '/a/./b//c/',
  'C:\\x\\..\\y',
  'c:/a/b',
  '\\\\server\\share\\f.txt',
  '../../x',
  'a\\b/c',
  'file.tar.gz',
  '.hidden',
  '/a/b/c.d.ts',
  'x/y/',
]
export function main() {
  const out = []
  for (const p of PATHS) {
    out.push([
      p,
      pathe.normalize(p),
      pathe.isAbsolute(p),
      pathe.dirname(p),
      pathe.basename(p),
      pathe.basename(p, '.ts'),
      pathe.extname(p),
      pathe.toNamespacedPath(p),
      pathe.parse(p),
      utils.filename(p),
    ])
    for (const q of PATHS.slice(0, 8)) out.push([pathe.join(p, q), pathe.relative(p || '/', q || '/'), pathe.resolve('/base', p, q)])
  }
  out.push(
    pathe.format({ root: '/', dir: '/a', base: 'b.c' }),
    pathe.format({ name: 'n', ext: 'e' }),
    pathe.matchesGlob('src/a.ts', 'src/*.ts'),
    pathe.sep,
    pathe.delimiter,
  )
  out.push(
    utils.normalizeAliases({ '@': '/src', '~': '@/lib', 'x/': '/y' }),
    utils.resolveAlias('@/a/b', { '@': '/src' }),
    utils.reverseResolveAlias('/src/a', { '@': '/src' }),
  )
  return out
}
