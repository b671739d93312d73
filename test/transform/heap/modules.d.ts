// What driver.ts imports; the bundle built by allocation.test.ts says which modules these are.

declare module '#heap-runtime' {
  export function VT_run(fn: (n: number) => number, n: number): Promise<number>
  export function VT_configure(options: { throwsPerHostTurn?: number }): void
}

declare module '#heap-program' {
  export function spin(n: number): number
}
