// node:fs for the compiler in the browser: there is no disk. The compiler's own host (which reads
// files) is not used in the playground — its in-memory host is (compile/host.ts) — but modules
// that import fs are loaded, and one checks at load whether the runtime's declarations exist.

function absent(): never {
  throw new Error('the playground has no file system')
}

export const existsSync = (): boolean => false
export const statSync = (): undefined => undefined
export const readFileSync = absent
export const readdirSync = absent

export default { existsSync, statSync, readFileSync, readdirSync }
