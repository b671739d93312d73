// How every program here ends: what main returned on stdout, for the test to read; or that it
// failed, with exit code 1.

export function printOutcome(run: Promise<string>): void {
  run.then(
    (text) => console.log(text),
    (error: unknown) => {
      console.log(`main failed: ${String(error)}`)
      process.exitCode = 1
    },
  )
}
