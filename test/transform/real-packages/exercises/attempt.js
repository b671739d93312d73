// Every exercise's step: what `fn` returns, or what it threw, recorded under `label` — the plain
// run and the threads must agree on errors as on results.
export function attempt(out, label, fn) {
  try {
    out.push([label, fn()])
  } catch (e) {
    out.push([label, 'threw ' + e.constructor.name + ': ' + e.message])
  }
}
