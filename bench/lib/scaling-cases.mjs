// Inputs of size n for bench:scaling, each a shape plausible in a large program, made to find the
// compile times that grow faster than the input: a deep multistate call chain, a ladder of shared
// callees, a very long function, deep nesting, many functions, modules, closures, methods,
// chains across modules and handlers passed down layers. Each case returns { files } (name → text).

const HEAD = `import { VT_yield, VT_sleep } from 'vtify/runtime'\n`
const range = (n) => [...Array(n).keys()]

export const CASES = {
  /** f0 → f1 → … in one module, each with a local live across its call. */
  chain: (n) => ({
    'main.ts':
      HEAD +
      range(n)
        .map(
          (i) =>
            `export function f${i}(x: number): number {\n  const a = x + ${i}\n  const b = ${i + 1 < n ? `f${i + 1}(a)` : 'VT_yield() ?? a'}\n  return a + b\n}`,
        )
        .join('\n'),
  }),
  /** n layers of two functions, each calling both of the next layer: 2^n paths through n·2 functions. */
  ladder: (n) => ({
    'main.ts':
      HEAD +
      range(n)
        .flatMap((i) =>
          ['a', 'b'].map(
            (p) =>
              `export function ${p}${i}(x: number): number {\n  const y = x + 1\n  const z = ${i + 1 < n ? `a${i + 1}(y) + b${i + 1}(y)` : 'VT_yield() ?? y'}\n  return y + z\n}`,
          ),
        )
        .join('\n'),
  }),
  /** One function with n boundaries and n locals, each read again later. */
  longFunction: (n) => ({
    'main.ts':
      HEAD +
      `export function long(x: number): number {\n` +
      range(n)
        .map((i) => `  let v${i} = x + ${i}\n  VT_yield()\n  x += v${Math.floor(i / 2)}`)
        .join('\n') +
      `\n  return x${range(n)
        .filter((i) => i % 7 === 0)
        .map((i) => ` + v${i}`)
        .join('')}\n}\n`,
  }),
  /** n nested levels of for, try/finally and switch, a boundary at the bottom and in each finally and default. */
  nesting: (n) => {
    let body = 'VT_yield(); acc++'
    for (let i = n - 1; i >= 0; i--) {
      if (i % 3 === 0) body = `for (let i${i} = 0; i${i} < 2; i${i}++) { ${body} }`
      else if (i % 3 === 1) body = `try { ${body} } finally { VT_sleep(${i}) }`
      else body = `switch (acc % 3) { case 0: { ${body}; break } default: VT_yield() }`
    }
    return { 'main.ts': HEAD + `export function nest(): number {\n  let acc = 0\n  ${body}\n  return acc\n}\n` }
  },
  /** n small multistate functions in one module, all called by one. */
  manyFunctions: (n) => ({
    'main.ts':
      HEAD +
      range(n)
        .map((i) => `function s${i}(x: number): number { const y = x + ${i}; VT_yield(); return y }`)
        .join('\n') +
      `\nexport function main(): number {\n  let t = 0\n${range(n)
        .map((i) => `  t += s${i}(t)`)
        .join('\n')}\n  return t\n}\n`,
  }),
  /** n modules, each importing and calling up to 10 earlier ones. */
  manyModules: (n) =>
    Object.fromEntries(
      range(n).map((m) => {
        const deps = [...new Set(range(10).map((k) => (m * 7 + k * 13) % Math.max(m, 1)))].filter((d) => d < m)
        const text =
          HEAD +
          deps.map((d) => `import { f${d} } from './m${d}.js'\n`).join('') +
          `export function f${m}(x: number): number {\n  let t = x\n  VT_yield()\n${deps.map((d) => `  t += f${d}(t)\n`).join('')}  return t\n}\n`
        return [`m${m}.ts`, text]
      }),
    ),
  /** One multistate function with n closures, each writing a local it captures. */
  closures: (n) => ({
    'main.ts':
      HEAD +
      `export function outer(): number {\n` +
      range(n)
        .map((i) => `  let c${i} = ${i}\n  const g${i} = () => { c${i}++; return c${i} }\n  VT_yield()\n  c${i} += g${i}()`)
        .join('\n') +
      `\n  return ${range(n)
        .map((i) => `c${i}`)
        .join(' + ')}\n}\n`,
  }),
  /** A class with n multistate methods, every other one calling the next. */
  bigClass: (n) => ({
    'main.ts':
      HEAD +
      `export class Big {\n  n = 0\n` +
      range(n)
        .map(
          (i) =>
            `  m${i}(x: number): number {\n    const y = x + this.n\n    VT_yield()\n    ${i + 1 < n && i % 2 === 0 ? `this.n += this.m${i + 1}(y)` : 'this.n++'}\n    return y\n  }`,
        )
        .join('\n') +
      `\n}\nexport function run(): number {\n  const b = new Big()\n  let t = 0\n${range(n)
        .map((i) => `  t += b.m${i}(t)`)
        .join('\n')}\n  return t\n}\n`,
  }),
  /** f0 → f1 → … with each function in a module of its own. */
  chainAcrossModules: (n) =>
    Object.fromEntries(
      range(n).map((m) => {
        const last = m + 1 === n
        const text = last
          ? HEAD + `export function f${m}(x: number): number {\n  VT_yield()\n  return x\n}\n`
          : HEAD + `import { f${m + 1} } from './m${m + 1}.js'\nexport function f${m}(x: number): number {\n  const a = x + 1\n  return a + f${m + 1}(a)\n}\n`
        return [`m${m}.ts`, text]
      }),
    ),
  /** h0 → h1 → … with each an arrow function in a module of its own, called through the value its module exports. */
  valuesAcrossModules: (n) =>
    Object.fromEntries(
      range(n).map((m) => {
        const last = m + 1 === n
        const text = last
          ? HEAD + `export const h${m} = (x: number): number => {\n  VT_yield()\n  return x\n}\n`
          : HEAD +
            `import { h${m + 1} } from './m${m + 1}.js'\nexport const h${m} = (x: number): number => {\n  const a = x + 1\n  return a + h${m + 1}(a)\n}\n`
        return [`m${m}.ts`, text]
      }),
    ),
  /** A handler passed as a value down n layers of functions, called at the bottom. */
  handlers: (n) => ({
    'main.ts':
      HEAD +
      `type H = (x: number) => number\n` +
      range(n)
        .map((i) => `function layer${i}(h: H, x: number): number {\n  const y = x + 1\n  return ${i + 1 < n ? `layer${i + 1}(h, y)` : 'h(y)'} + y\n}`)
        .join('\n') +
      `\nfunction handler(x: number): number {\n  VT_yield()\n  return x\n}\nexport function main(): number {\n  return layer0(handler, 1)\n}\n`,
  }),
}
