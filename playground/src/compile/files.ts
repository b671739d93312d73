// The files every playground program sees besides its own: TypeScript's ES2022 library, the
// declarations of vtify/runtime (dist/, built by `npm run build`) and of the simulated network
// the sandbox provides (`sim`), bundled into the worker as text.

const libs = import.meta.glob<string>(
  [
    '../../../node_modules/typescript/lib/lib.es5.d.ts',
    '../../../node_modules/typescript/lib/lib.es20{15,16,17,18,19,20,21,22}*.d.ts',
    '../../../node_modules/typescript/lib/lib.decorators*.d.ts',
  ],
  { query: '?raw', import: 'default', eager: true },
)
const runtime = import.meta.glob<string>('../../../dist/runtime/**/*.d.ts', { query: '?raw', import: 'default', eager: true })
import simDeclarations from '../sandbox/sim.d.ts?raw'
import globalDeclarations from './globals.d.ts?raw'

export const ROOT = '/project'
export const LIB_DIR = '/lib'
export const RUNTIME_INDEX = '/node_modules/vtify/runtime/index.d.ts'
export const SIM_INDEX = '/node_modules/sim/index.d.ts'
export const LIB_FILES = ['lib.es2022.d.ts', 'playground-globals.d.ts']

function fixed(): Map<string, string> {
  const files = new Map<string, string>()
  for (const [name, text] of Object.entries(libs)) files.set(`${LIB_DIR}/${name.slice(name.lastIndexOf('/') + 1)}`, text)
  for (const [name, text] of Object.entries(runtime))
    files.set(`/node_modules/vtify/runtime/${name.slice(name.indexOf('/dist/runtime/') + '/dist/runtime/'.length)}`, text)
  files.set(SIM_INDEX, simDeclarations)
  files.set(`${LIB_DIR}/playground-globals.d.ts`, globalDeclarations)
  return files
}

/** Library and declaration files by absolute path: never edited, parsed once per worker. */
export const FIXED_FILES: ReadonlyMap<string, string> = fixed()
