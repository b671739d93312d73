// One conformance program in a process of its own: `node run-one.mjs <program.mjs> [runtime]`.
// With a runtime, main runs as a virtual thread (VT_run); without, it is called directly.
import { pathToFileURL } from 'node:url'

const [file, runtime] = process.argv.slice(2)
// Made now: Node creates the stdout pipe on first use, with code that spreads arrays, and some
// tests delete Array.prototype[Symbol.iterator] (they would fail for that alone, unmodified too).
void process.stdout
try {
  const program = await import(pathToFileURL(file).href)
  if (runtime) {
    const { VT_run } = await import(pathToFileURL(runtime).href)
    await VT_run(program.main)
  } else {
    // Called as VT_run calls it: with no receiver (not the module namespace as `this`).
    const main = program.main
    main()
  }
  console.log('vtify-conformance: passed')
} catch (error) {
  console.log(`failed: ${error instanceof Error ? error.stack : String(error)}`)
}
