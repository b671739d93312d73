import { LZString } from './lz-string.js'
const TEXTS = [
  '',
  'a',
  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  'hello, world! hello, world! hello',
  'The quick brown fox jumps over the lazy dog. '.repeat(12),
  'ünïcödé ✓ 日本語 テキスト 😀😀 ' + String.fromCharCode(0xd800) + 'x',
]
export function main() {
  const out = []
  const texts = [...TEXTS]
  for (let i = 0; i < 20; i++) {
    let s = ''
    for (let j = 0; j < i * 13; j++) s += String.fromCharCode(32 + ((i * 31 + j * j * 7) % 90))
    texts.push(s)
  }
  for (const t of texts) {
    const c = LZString.compress(t),
      b = LZString.compressToBase64(t),
      u = LZString.compressToEncodedURIComponent(t),
      a = LZString.compressToUint8Array(t),
      r = LZString.compressToUTF16(t)
    out.push([c, b, u, Array.from(a), r])
    out.push([
      LZString.decompress(c) === t,
      LZString.decompressFromBase64(b) === t,
      LZString.decompressFromEncodedURIComponent(u) === t,
      LZString.decompressFromUint8Array(a) === t,
      LZString.decompressFromUTF16(r) === t,
    ])
  }
  out.push(LZString.decompress(''), LZString.decompress(null), LZString.decompressFromBase64('####'), LZString.decompressFromEncodedURIComponent('x'))
  return out
}
