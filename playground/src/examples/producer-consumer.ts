// Two threads talk over an in-memory pipe with room for 4 bytes: the producer waits while the
// pipe is full, the consumer while it is empty.
import { VT_close, VT_join, VT_pipe, VT_read, VT_run, VT_spawn, VT_write, type Pipe } from 'vtify/runtime'

function producer(pipe: Pipe): void {
  for (let i = 0; i < 10; i++) {
    VT_write(pipe, new Uint8Array([i]), 1)
    console.log(`produced ${i}`)
  }
  VT_close(pipe)
}

function consumer(pipe: Pipe): number {
  const buf = new Uint8Array(3)
  let sum = 0
  for (let n = VT_read(pipe, buf, 3); n > 0; n = VT_read(pipe, buf, 3)) {
    for (let i = 0; i < n; i++) sum += buf[i] ?? 0
    console.log(`consumed ${n} bytes, sum ${sum}`)
  }
  return sum
}

function main(): void {
  const pipe = VT_pipe(4)
  const c = VT_spawn(consumer, pipe)
  VT_spawn(producer, pipe)
  console.log(`total ${VT_join(c)}`)
}

VT_run(main)
