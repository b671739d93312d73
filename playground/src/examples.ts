// The examples menu: each a small program of one or more files (tabs).

import echo from './examples/echo.ts?raw'
import echoMain from './examples/echo-main.ts?raw'
import wrappers from './examples/wrappers.ts?raw'
import wrappersIo from './examples/wrappers-io.ts?raw'
import pipe from './examples/producer-consumer.ts?raw'
import handler from './examples/handler.ts?raw'
import handlerServer from './examples/handler-server.ts?raw'
import recursion from './examples/recursion.ts?raw'
import callback from './examples/callback.ts?raw'

export interface Example {
  id: string
  title: string
  files: Record<string, string>
}

export const EXAMPLES: readonly Example[] = [
  { id: 'echo', title: 'Echo server (paper, Figure 2)', files: { 'main.ts': echoMain, 'echo.ts': echo } },
  { id: 'wrappers', title: 'Read/write wrappers sharing slots (Figure 7)', files: { 'main.ts': wrappers, 'io.ts': wrappersIo } },
  { id: 'pipe', title: 'Producer and consumer over a pipe', files: { 'main.ts': pipe } },
  { id: 'handler', title: 'A handler passed as a value', files: { 'main.ts': handler, 'server.ts': handlerServer } },
  { id: 'recursion', title: 'Error: recursion (VT1001)', files: { 'main.ts': recursion } },
  { id: 'callback', title: 'Error: blocking in a callback (VT1002)', files: { 'main.ts': callback } },
]

export const FIRST = EXAMPLES[0] as Example
