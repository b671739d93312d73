import punycode, { decode, encode, toASCII, toUnicode, ucs2decode, ucs2encode } from './punycode.js'
import { attempt } from './attempt.js'

const DOMAINS = ['mañana.com', 'bücher.example', 'xn--maana-pta.com', 'пример.испытание', '☃-⌘.com', 'example.com', 'a.b.c', '日本語。ｊｐ', 'user@ñ.org', '']
const LABELS = ['mañana', 'bücher', '𝌆', 'ü', 'abc', '-> $1.00 <-', 'ليهمابتكلموشعربي؟', '他们为什么不说中文']

export function main() {
  const out = [punycode.version]
  for (const d of DOMAINS) {
    attempt(out, `toASCII ${d}`, () => toASCII(d))
    attempt(out, `round trip ${d}`, () => toUnicode(toASCII(d)))
  }
  for (const l of LABELS) {
    attempt(out, `encode ${l}`, () => encode(l))
    attempt(out, `decode ${l}`, () => decode(encode(l)))
    out.push(ucs2decode(l), ucs2encode(ucs2decode(l)))
  }
  // Errors as punycode reports them: invalid input, overflow.
  attempt(out, 'bad input', () => decode('\x81-'))
  attempt(out, 'overflow', () => decode('99999999999999999'))
  attempt(out, 'toUnicode of plain', () => toUnicode('xn--'))
  return out
}
