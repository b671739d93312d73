// `vtify analyze`'s report in process (cli/report.ts): what the CLI test checks through the built
// bin, for the parts that need no build.

import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { runAnalyze } from '../../cli/analyze.js'

async function analyze(target: string): Promise<string> {
  let text = ''
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString()
      done()
    },
  })
  await runAnalyze([target, '--no-cache'], out, out)
  return text
}

describe('vtify analyze report', () => {
  it('lists every direct reason a function is multistate, the shortest chain of each', async () => {
    const report = await analyze('examples/echo-server')
    // main waits for the server to listen, then serves: two reasons, the shorter first.
    expect(report).toContain(
      '  main  src/main.ts:47\n' +
        '    why:        main → VT_await (src/main.ts:54)\n' +
        '                main → serve (src/main.ts:57) → VT_accept (src/main.ts:18)\n' +
        '    boundaries: VT_await (54:3), serve (57:3)\n',
    )
  })
})
