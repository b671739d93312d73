// The async/await twins of bench/runtime/blocking/parked.ts, line for line: what the memory
// benchmarks measure vtify's parked threads against.

/** A channel whose read() parks a promise until bytes arrive or it closes, like a socket read. */
export class AsyncChannel {
  private waiter: ((n: number) => void) | null = null
  read(buf: Uint8Array): Promise<number> {
    void buf
    return new Promise((resolve) => (this.waiter = resolve))
  }
  close(): void {
    this.waiter?.(0)
  }
}

export async function joinAsync(t: Promise<number>, a: number, b: number): Promise<number> {
  const r = await t
  return r + a + b
}

export async function readAsync(ch: AsyncChannel, buf: Uint8Array, a: number): Promise<number> {
  let total = a
  let n: number
  while ((n = await ch.read(buf)) > 0) total += n
  return total
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

export async function sleepAsync(ms: number, a: number): Promise<number> {
  await sleep(ms)
  return ms + a
}
