// The playground in a real headless Chromium, from its static build: examples, every pane, an
// edit that every pane follows, a shared link, and live stepping.

import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { compressToEncodedURIComponent } from 'lz-string'
import { newPage, openSite, type Site } from './browser.js'

let site: Site

beforeAll(async () => {
  site = await openSite()
}, 120_000)

afterAll(async () => {
  await site?.close()
})

async function compiled(page: Page, count: number): Promise<void> {
  await page.waitForSelector(`body[data-compiles="${count}"]`, { timeout: 30_000 })
}

async function pickExample(page: Page, id: string, compiles: number): Promise<void> {
  await page.selectOption('#examples', id)
  await compiled(page, compiles)
}

/** The state graph's node count and the state count its title gives (from the layout). */
async function graphCounts(page: Page): Promise<{ nodes: number; states: number }> {
  const nodes = await page.locator('#graph .vt-state').count()
  const title = (await page.textContent('#graph h3')) ?? ''
  return { nodes, states: Number(/(\d+) states/.exec(title)?.[1] ?? -1) }
}

const shareHash = (files: Record<string, string>): string => `#code/${compressToEncodedURIComponent(JSON.stringify(files))}`

const text = async (page: Page, selector: string): Promise<string> => (await page.locator(selector).allTextContents()).join('\n')

// Generous: the suite shares two cores with the rest of `npm test`.
const SLOW = { timeout: 120_000 }

describe('the playground', SLOW, () => {
  test('the first example: generated code, state graph, layout table, analysis', async () => {
    const { page, errors } = await newPage(site)
    await compiled(page, 1)
    expect(await text(page, '#generated .cm-content')).toContain('function main$sm(k)')
    const { nodes, states } = await graphCounts(page)
    expect(nodes).toBe(states)
    expect(states).toBeGreaterThan(1)
    await page.click('#analysis li[data-fn="echoThread"] a')
    await page.waitForFunction(() => document.querySelector('#layout h3')?.textContent?.startsWith('echoThread'))
    expect(await text(page, '#layout table.vt-slots')).toContain('echoThread.sock')
    expect(await text(page, '#analysis .vt-chain')).toContain('echoThread → VT_read (echo.ts:7)')
    expect(await page.locator('#editor .vt-marker').count()).toBeGreaterThan(0)
    // The README's picture: UPDATE_SCREENSHOT=1 writes it to docs/, otherwise beside the build.
    await page.click('#tabs [data-tab="main.ts"]')
    const call = await page.evaluate(() => {
      const range = document.createRange()
      const line = [...document.querySelectorAll('#editor .cm-line')].find((l) => l.textContent?.includes('VT_accept<Socket>'))
      const walker = document.createTreeWalker(line ?? document.body, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf('VT_accept') ?? -1
        if (at < 0) continue
        range.setStart(node, at)
        range.setEnd(node, at + 'VT_accept'.length)
        break
      }
      if (range.collapsed) return undefined
      const box = range.getBoundingClientRect()
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
    })
    expect(call).toBeDefined()
    await page.mouse.move(call?.x ?? 0, call?.y ?? 0)
    await page.waitForSelector('.vt-hover')
    expect(await text(page, '.vt-hover')).toContain('state boundary ⏸1 of main')
    await page.screenshot({ path: process.env.UPDATE_SCREENSHOT ? 'docs/playground.png' : 'playground/dist/screenshot.png' })
    expect(errors).toEqual([])
    await page.close()
  })

  test('source maps link the source and the generated code both ways', async () => {
    const { page, errors } = await newPage(site)
    await compiled(page, 1)
    await page.locator('#editor .cm-line', { hasText: 'VT_accept<Socket>' }).click()
    await page.waitForSelector('#generated .cm-line.vt-linked')
    expect(await text(page, '#generated .cm-line.vt-linked')).toContain('vt$kAccept(k, server)')
    await page.locator('#generated .cm-line', { hasText: 'VT_spawn(echoThread' }).click()
    await page.waitForFunction(() => document.querySelector('#editor .cm-line.vt-linked')?.textContent?.includes('VT_spawn(echoThread, sock)'))
    // an edit above the cursor: once compiled, the cursor's line is linked to the new code
    await page.locator('#editor .cm-line', { hasText: 'VT_accept<Socket>' }).click()
    await page.keyboard.press('Home')
    await page.keyboard.insertText('// a new line above\n')
    await compiled(page, 2)
    expect(await text(page, '#generated .cm-line.vt-linked')).toContain('vt$kAccept(k, server)')
    expect(errors).toEqual([])
    await page.close()
  })

  test('tabs: a new file, renamed, imported by another; a tab closed', async () => {
    const { page, errors } = await newPage(site)
    await compiled(page, 1)
    const answers = ['view.tsx', 'util.ts']
    page.on('dialog', (dialog) => void dialog.accept(answers.shift()))
    await page.click('#tabs .vt-new-file')
    await compiled(page, 2)
    expect(await text(page, '#tabs .vt-tab.active')).toBe('file2.ts')
    await page.keyboard.insertText("import { VT_yield } from 'vtify/runtime'\nexport function pause(): void {\n  VT_yield()\n}\n")
    await compiled(page, 3)
    // JSX has no runtime in the Run pane: refused, with the reason
    await page.click('#tabs [aria-label="rename file2.ts"]')
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('view.tsx: a file of the program ends in .ts (or .mts).'))
    await page.click('#tabs [aria-label="rename file2.ts"]')
    await compiled(page, 4)
    expect(await page.locator('#tabs .vt-tab').allTextContents()).toEqual(['main.ts', 'echo.ts', 'util.ts'])
    await page.click('#tabs [data-tab="main.ts"]')
    await page.click('#editor .cm-content')
    await page.keyboard.press('Control+Home')
    await page.keyboard.insertText("import { pause } from './util.ts'\nfunction rest(): void {\n  pause()\n}\n")
    await page.waitForFunction(() => document.querySelector('#analysis')?.textContent?.includes('rest → pause (main.ts:3) → VT_yield (util.ts:3)'))
    // closing asks first; the program compiles without the file
    answers.push('')
    await page.click('#tabs [data-tab="echo.ts"]')
    await page.click('#tabs [aria-label="close echo.ts"]')
    await page.waitForFunction(() => !document.querySelector('#analysis')?.textContent?.includes('echoThread'))
    expect(await page.locator('#tabs .vt-tab').allTextContents()).toEqual(['main.ts', 'util.ts'])
    expect(await text(page, '#tabs .vt-tab.active')).toBe('main.ts')
    expect(errors).toEqual([])
    await page.close()
  })

  test('an import of a file no tab has is marked where it is written', async () => {
    const files = {
      'main.ts': "import { VT_run } from 'vtify/runtime'\nimport { b } from './b.ts'\nVT_run(b)\n",
      'b.ts': "import { VT_yield } from 'vtify/runtime'\nexport function b(): void {\n  VT_yield()\n}\n",
    }
    const { page, errors } = await newPage(site, shareHash(files))
    await compiled(page, 1)
    expect(await page.locator('#analysis .vt-diagnostic').count()).toBe(0)
    page.on('dialog', (dialog) => void dialog.accept())
    await page.click('#tabs [data-tab="b.ts"]')
    await page.click('#tabs [aria-label="close b.ts"]')
    await compiled(page, 2)
    expect(await text(page, '#analysis .vt-diagnostic')).toContain("TS2307 main.ts:2:19 Cannot find module './b.ts'")
    await page.waitForSelector('#editor .cm-lintRange-error')
    expect(await text(page, '#editor .cm-lintRange-error')).toBe("'./b.ts'")
    expect(await text(page, '#run .vt-run-message')).toBe('Nothing to run: the program has errors.')
    expect(errors).toEqual([])
    await page.close()
  })

  test('keyboard: a state of the graph goes to its line, in its own file', async () => {
    const { page, errors } = await newPage(site)
    await compiled(page, 1)
    await page.click('#analysis li[data-fn="echoThread"] a')
    await page.waitForFunction(() => document.querySelector('#graph h3')?.textContent?.startsWith('echoThread'))
    // another file opened since: the graph still shows echoThread, of echo.ts
    await page.click('#tabs [data-tab="main.ts"]')
    await page.focus('#graph .vt-state[data-state="2"]')
    await page.keyboard.press('Enter')
    await page.waitForSelector('#tabs [data-tab="echo.ts"].active')
    expect(await text(page, '#editor .cm-activeLine')).toContain('VT_read(sock, c, 1) === 1')
    expect(errors).toEqual([])
    await page.close()
  })

  test('each example compiles, with the diagnostics it is about', async () => {
    const { page, errors } = await newPage(site)
    await compiled(page, 1)
    const expected: Record<string, string | undefined> = {
      echo: undefined,
      wrappers: undefined,
      pipe: undefined,
      handler: undefined,
      recursion: 'VT1001',
      callback: 'VT1002',
    }
    let compiles = 1
    for (const [id, code] of Object.entries(expected)) {
      await pickExample(page, id, ++compiles)
      const codes = await page.locator('#analysis .vt-diagnostic').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.code))
      expect(codes, id).toEqual(code ? [code] : [])
      if (code) {
        await page.waitForSelector('#editor .cm-lintRange-error')
        continue
      }
      expect(await text(page, '#generated .cm-content'), id).toContain('$sm(k)')
      const { nodes, states } = await graphCounts(page)
      expect(nodes, id).toBe(states)
      expect(await page.locator('#layout table.vt-variables tbody tr').count(), id).toBeGreaterThan(0)
      expect(await page.locator('#layout table.vt-live tbody tr').count(), id).toBeGreaterThan(0)
      expect(await text(page, '#layout .vt-continuation-size'), id).toMatch(/call depth \d+, ~\d+ bytes/)
    }
    expect(errors).toEqual([])
    await page.close()
  })

  test('an edit that makes a function multistate: every pane follows', async () => {
    const { page, errors } = await newPage(site)
    await compiled(page, 1)
    await page.click('#editor .cm-content')
    await page.keyboard.press('Control+End')
    await page.keyboard.insertText('\nfunction restart(): void {\n  main()\n}\n')
    await compiled(page, 2)
    expect(await text(page, '#analysis .vt-chain')).toContain('restart → main')
    expect(await text(page, '#generated .cm-content')).toContain('function restart$sm(k)')
    await page.waitForFunction(() => document.querySelectorAll('#editor .vt-marker').length >= 3)
    await page.click('#analysis li[data-fn="restart"] a')
    await page.waitForFunction(() => document.querySelector('#graph h3')?.textContent?.startsWith('restart'))
    expect(await text(page, '#layout h3')).toContain('restart')
    const { nodes, states } = await graphCounts(page)
    expect(nodes).toBe(states)
    expect(errors).toEqual([])
    await page.close()
  })
})

test('a phone-wide window: the columns one under the other, nothing wider than the page', SLOW, async () => {
  const { page, errors } = await newPage(site)
  await page.setViewportSize({ width: 390, height: 844 })
  await compiled(page, 1)
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    window: document.documentElement.clientWidth,
    columns: [...document.querySelectorAll('main > .column')].map((c) => c.getBoundingClientRect().width),
  }))
  expect(widths.page).toBe(widths.window)
  for (const column of widths.columns) expect(column).toBeGreaterThan(widths.window * 0.9)
  expect(errors).toEqual([])
  await page.close()
})

/** In the page: count the compile requests in the compiler worker at once (`window.inCompiler`). */
function countCompileRequests(): void {
  const counts = { posted: 0, answered: 0, most: 0 }
  Object.assign(window, { inCompiler: counts })
  const isRequest = (data: unknown): boolean => typeof data === 'object' && data !== null && 'files' in data
  const isAnswer = (data: unknown): boolean => typeof data === 'object' && data !== null && ('model' in data || 'crash' in data)
  window.Worker = class extends Worker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options)
      this.addEventListener('message', (e: MessageEvent) => void (isAnswer(e.data) && counts.answered++))
    }
  }
  const post = Worker.prototype.postMessage
  Worker.prototype.postMessage = function (this: Worker, data: unknown, ...rest: unknown[]): void {
    if (isRequest(data)) counts.most = Math.max(counts.most, ++counts.posted - counts.answered)
    Reflect.apply(post, this, [data, ...rest])
  }
}

test('a 5,000-line program: typing while it compiles keeps one compile in the worker', SLOW, async () => {
  const lines = ["import { VT_run, VT_yield } from 'vtify/runtime'"]
  for (let i = 0; i < 1000; i++) lines.push(`function f${i}(n: number): number {`, `  const a = n + ${i}`, '  VT_yield()', '  return a', '}')
  const { page, errors } = await newPage(site, shareHash({ 'main.ts': lines.join('\n') }), countCompileRequests)
  await compiled(page, 1)
  expect(await page.locator('#analysis li[data-fn]').count()).toBe(1000)
  await page.click('#editor .cm-content')
  await page.keyboard.press('Control+End')
  // keys a little slower than the debounce: each pause would send a compile
  for (const key of '\nf0(1)') {
    await page.keyboard.type(key)
    await page.waitForTimeout(80)
  }
  await page.waitForFunction(() => document.querySelector('#analysis')?.textContent?.includes('VT1004'))
  const counts = await page.evaluate(() => (window as unknown as { inCompiler: { most: number } }).inCompiler)
  expect(counts.most).toBe(1)
  expect(errors).toEqual([])
  await page.close()
})

/** In the page: keep what is written to console.error (`window.consoleErrors`). */
function keepConsoleErrors(): void {
  const written: string[] = []
  Object.assign(window, { consoleErrors: written })
  const error = console.error.bind(console)
  console.error = (...data: unknown[]) => {
    written.push(data.join(' '))
    error(...data)
  }
}

test('a program the compiler crashes on: one line in the status, the stack in the console', SLOW, async () => {
  // nested deeper than TypeScript's parser recurses
  const deep = `const x = ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`
  const { page, errors } = await newPage(site, shareHash({ 'main.ts': deep }), keepConsoleErrors)
  await page.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('compiler crashed'))
  expect(await text(page, '#status')).toBe('compiler crashed: RangeError: Maximum call stack size exceeded (the panes show the last program it compiled)')
  const logged = await page.evaluate(() => (window as unknown as { consoleErrors: string[] }).consoleErrors.join('\n'))
  expect(logged).toContain('RangeError: Maximum call stack size exceeded\n    at ')
  expect(errors).toEqual([])
  await page.close()
})

test('share: the sources travel in the URL', SLOW, async () => {
  const { page, errors } = await newPage(site)
  await compiled(page, 1)
  await page.click('#editor .cm-content')
  await page.keyboard.press('Control+End')
  await page.keyboard.insertText('\n// shared edit\n')
  await compiled(page, 2)
  await page.click('#copy-link')
  const url = page.url()
  expect(url).toContain('#code/')
  // the page has no permission to write the clipboard: it says so rather than 'copied'
  await page.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('could not copy the link: copy it from the address bar'))
  const opened = await site.browser.newPage()
  await opened.goto(url)
  await compiled(opened, 1)
  expect(await text(opened, '#editor .cm-content')).toContain('// shared edit')
  expect(await opened.locator('#tabs .vt-tab').allTextContents()).toEqual(['main.ts', 'echo.ts'])
  expect(await opened.locator('#examples option:checked').textContent()).toBe('(shared program)')
  expect(errors).toEqual([])
  await opened.close()
  await page.close()
})

test('reload: the program typed is still there', SLOW, async () => {
  const { page, errors } = await newPage(site)
  await compiled(page, 1)
  await page.click('#tabs [data-tab="echo.ts"]')
  await page.click('#editor .cm-content')
  await page.keyboard.press('Control+End')
  await page.keyboard.insertText('\n// typed before the reload\n')
  await page.waitForFunction(() => location.hash.startsWith('#code/'))
  await page.reload()
  await compiled(page, 1)
  await page.click('#tabs [data-tab="echo.ts"]')
  expect(await text(page, '#editor .cm-content')).toContain('// typed before the reload')
  expect(errors).toEqual([])
  await page.close()
})

test('share: a link cut short says so and keeps the link; a link pasted into an open page opens', SLOW, async () => {
  const link = shareHash({ 'main.ts': 'const x = 1\n' })
  const { page, errors } = await newPage(site, link.slice(0, -5))
  await compiled(page, 1)
  expect(await text(page, '#notice')).toContain('could not be read')
  expect(await page.locator('#tabs .vt-tab').allTextContents()).toEqual(['main.ts', 'echo.ts'])
  expect(page.url()).toContain(link.slice(0, -5))
  // a name no tab can have, made by hand, would be compiled as nothing
  await page.goto(site.url + shareHash({ '../main.ts': 'const x = 1\n' }))
  await page.waitForFunction(() => document.querySelector('#notice')?.textContent?.includes('../main.ts: a name relative to'))
  expect(await page.locator('#tabs .vt-tab').allTextContents()).toEqual(['main.ts', 'echo.ts'])
  // Windows line ends: the editor shows \n, so the compiler must compile that text for the
  // markers to be drawn
  const windows = "import { VT_run, VT_yield } from 'vtify/runtime'\r\nfunction f(): void {\r\n  VT_yield()\r\n}\r\nVT_run(f)\r\n"
  await page.goto(site.url + shareHash({ 'a.ts': windows }))
  await compiled(page, 2)
  expect(await page.isHidden('#notice')).toBe(true)
  expect(await page.locator('#tabs .vt-tab').allTextContents()).toEqual(['a.ts'])
  expect(await page.locator('#examples option:checked').textContent()).toBe('(shared program)')
  await page.waitForSelector('#editor .vt-marker')
  expect(await page.locator('#editor .vt-marker').allTextContents()).toEqual(['⏸ multistate', '⏸1'])
  expect(errors).toEqual([])
  await page.close()
})

describe('the playground runs and steps programs', SLOW, () => {
  const run = (page: Page, action: string): Promise<void> => page.click(`button[data-run="${action}"]`)

  /** Step until the Run pane reports `transitions` transitions. */
  async function stepTo(page: Page, transitions: number): Promise<void> {
    await run(page, 'step')
    await page.waitForFunction((n) => document.querySelector('#run .vt-clock')?.textContent?.includes(`${n} transitions`), transitions)
  }

  test('step the echo example: slot values at two boundaries', async () => {
    const { page, errors } = await newPage(site)
    await compiled(page, 1)
    await page.click('button[data-tab="Run"]')
    // One transition: main runs to VT_accept and waits there for a connection.
    await stepTo(page, 1)
    expect(await text(page, '#run .vt-threads')).toContain('main state 2 (line 8) after VT_accept')
    await run(page, 'connect')
    await page.waitForSelector('input[data-socket="conn1"]')
    await page.waitForFunction(() => document.querySelector('#run .vt-queues')?.textContent?.includes('active queue: #1'))
    // main accepts, spawns echoThread and waits again; then echoThread runs to VT_read.
    await stepTo(page, 2)
    await stepTo(page, 3)
    expect(await text(page, '#run .vt-threads')).toContain('echoThread state 2 (line 7) after VT_read')
    // The state graph marks the state the thread will resume in.
    await page.click('#analysis li[data-fn="echoThread"] a')
    await page.waitForSelector('#graph .vt-state.current[data-state="2"]', { state: 'attached' })
    expect(await text(page, '#run .vt-slot')).toContain('echoThread.sock = socket conn1')
    expect(await text(page, '#run .vt-slot')).toContain('echoThread.c = Uint8Array [0]')
    await page.fill('input[data-socket="conn1"]', 'A')
    await page.press('input[data-socket="conn1"]', 'Enter')
    // The bytes wake echoThread; in step mode it waits in the active queue for the next step,
    // which reads and writes back every byte that completes at once, up to the read that waits.
    await page.waitForFunction(() => document.querySelector('#run .vt-queues')?.textContent?.includes('active queue: #2'))
    await stepTo(page, 4)
    // The next boundary: the buffer now holds the last byte read and written back.
    expect(await text(page, '#run .vt-slot')).toContain('echoThread.c = Uint8Array [10]')
    expect(await text(page, '#run .vt-output')).toContain('conn1 ← "A"')
    // Reset: no thread is anywhere, so nothing marks a line or a state
    await run(page, 'reset')
    await page.waitForSelector('#graph .vt-state.current', { state: 'detached' })
    expect(await page.locator('#editor .cm-line.vt-linked').count()).toBe(0)
    expect(errors).toEqual([])
    await page.close()
  })

  test('the virtual clock, a pipe, and the budget', async () => {
    const { page, errors } = await newPage(site)
    await compiled(page, 1)
    await pickExample(page, 'wrappers', 2)
    // Figure 7: readLine's buffer and writeLine's text are never live together: one slot.
    await page.click('#analysis li[data-fn="shout"] a')
    await page.waitForFunction(() => document.querySelector('#layout h3')?.textContent?.startsWith('shout'))
    expect(await text(page, '#layout table.vt-slots')).toContain('readLine.c, writeLine.text')
    await page.click('button[data-tab="Run"]')
    await run(page, 'run')
    await page.fill('input[data-socket="stdin"]', 'hi')
    await page.press('input[data-socket="stdin"]', 'Enter')
    await page.waitForFunction(() => document.querySelector('#run .vt-output')?.textContent?.includes('stdout ← "HI\\n"'))
    // the sandbox sends its snapshot (the clock) a timer after the output it printed on the way:
    // under load the page can show the output first (a wait that times out fails the test)
    await page.waitForFunction(() => document.querySelector('#run .vt-clock')?.textContent?.includes('virtual clock 100 ms'))
    await pickExample(page, 'pipe', 3)
    await page.click('button[data-tab="Run"]')
    await run(page, 'run')
    await page.waitForFunction(() => document.querySelector('#run .vt-output')?.textContent?.includes('total 45'))
    // two edits, each compiled before the next: typed together, they were compiled once or twice
    // depending on the machine's speed, and the run could start from the first
    await page.click('#editor .cm-content')
    await page.keyboard.press('Control+Home')
    await page.keyboard.insertText("import { VT_yield } from 'vtify/runtime'\n")
    await compiled(page, 4)
    await page.keyboard.press('Control+End')
    await page.keyboard.insertText('\nfunction spin(): void {\n  for (;;) VT_yield()\n}\nVT_run(spin)\n')
    await compiled(page, 5)
    await run(page, 'run')
    await page.waitForFunction(() => document.querySelector('#run .vt-run-message')?.textContent?.includes('Paused after 10000 transitions'))
    expect(errors).toEqual([])
    await page.close()
  })

  test('a run to the end: each thread ended, a thrown error with its logical stack', async () => {
    const main = [
      "import { VT_run, VT_yield } from 'vtify/runtime'",
      'function inner(n: number): number {',
      '  VT_yield()',
      "  if (n > 1) throw new Error('boom ' + n)",
      '  return n',
      '}',
      'function outer(n: number): number {',
      '  return inner(n)',
      '}',
      'VT_run(outer, 1)',
      'VT_run(outer, 2)',
    ].join('\n')
    const { page, errors } = await newPage(site, shareHash({ 'main.ts': main }))
    await compiled(page, 1)
    await page.click('button[data-tab="Run"]')
    await run(page, 'run')
    // the run ends in a moment; the watchdog would stop it after 3 s of silence
    await page.waitForFunction(
      () =>
        document.querySelector('#run .vt-clock')?.textContent?.includes('every thread has ended') ||
        document.querySelector('#run .vt-run-message')?.textContent?.includes('Stopped'),
    )
    expect(await text(page, '#run .vt-run-message')).toBe('')
    expect(await text(page, '#run .vt-threads')).toContain('ended → 1')
    expect(await text(page, '#run .vt-threads')).toContain('ended threw Error: boom 2')
    // every thread has ended: no line or state is marked as where one is
    expect(await page.locator('#editor .cm-line.vt-linked').count()).toBe(0)
    expect(await page.locator('#graph .vt-state.current').count()).toBe(0)
    await page.waitForFunction(() => document.querySelector('#run .vt-output')?.textContent?.includes('logical stack'))
    // each frame's line is where its state starts (the runtime's registry), not the throw's
    expect(await text(page, '#run .vt-output')).toMatch(
      /Error: boom 2\nlogical stack of thread #2 outer:\n {4}at inner \(main\.ts:\d\)\n {4}at outer \(main\.ts:8\)/,
    )
    expect(errors).toEqual([])
    await page.close()
  })

  test('a program that starts no thread says so', async () => {
    const { page, errors } = await newPage(site, shareHash({ 'main.ts': "console.log('hello')\n" }))
    await compiled(page, 1)
    await page.click('button[data-tab="Run"]')
    await run(page, 'run')
    await page.waitForSelector('#run .vt-clock')
    expect(await text(page, '#run .vt-clock')).toContain('no thread started')
    expect(await text(page, '#run .vt-output')).toBe('hello\n')
    expect(errors).toEqual([])
    await page.close()
  })

  test('a thousand threads: the table shows a hundred and counts the rest', async () => {
    const main = [
      "import { VT_run, VT_yield } from 'vtify/runtime'",
      'function w(): void {',
      '  VT_yield()',
      '}',
      'for (let i = 0; i < 1000; i++) VT_run(w)',
    ].join('\n')
    const { page, errors } = await newPage(site, shareHash({ 'main.ts': main }))
    await compiled(page, 1)
    await page.click('button[data-tab="Run"]')
    await run(page, 'run')
    await page.waitForFunction(() => document.querySelector('#run .vt-clock')?.textContent?.includes('every thread has ended'))
    expect(await page.locator('#run .vt-threads tbody tr').count()).toBe(100)
    expect(await text(page, '#run .vt-more-threads')).toBe('and 900 more threads: 900 ended')
    expect(errors).toEqual([])
    await page.close()
  })

  test('a step past a VT_sleep of years moves the clock to its end', async () => {
    const main = [
      "import { VT_run, VT_sleep } from 'vtify/runtime'",
      'function f(): void {',
      '  VT_sleep(1e12)',
      "  console.log('woke')",
      '}',
      'VT_run(f)',
    ].join('\n')
    const { page, errors } = await newPage(site, shareHash({ 'main.ts': main }))
    await compiled(page, 1)
    await page.click('button[data-tab="Run"]')
    await stepTo(page, 1)
    // no thread can run: the step moves the clock on to the timer that wakes f
    await run(page, 'step')
    await page.waitForFunction(() => document.querySelector('#run .vt-threads')?.textContent?.includes('runnable'))
    expect(await text(page, '#run .vt-clock')).toContain('virtual clock 1000000000000 ms')
    await stepTo(page, 2)
    await page.waitForFunction(() => document.querySelector('#run .vt-output')?.textContent?.includes('woke'))
    expect(errors).toEqual([])
    await page.close()
  })

  test('a loop that never reaches a boundary is stopped', async () => {
    const files = { 'main.ts': "import { VT_run, VT_yield } from 'vtify/runtime'\nfunction hang(): void {\n  VT_yield()\n  for (;;) {}\n}\nVT_run(hang)\n" }
    const { page, errors } = await newPage(site, shareHash(files))
    await compiled(page, 1)
    expect(await text(page, '#editor .cm-content')).toContain('function hang')
    await page.click('button[data-tab="Run"]')
    await run(page, 'run')
    await page.waitForFunction(() => document.querySelector('#run .vt-run-message')?.textContent?.includes('without reaching a state boundary'), null, {
      timeout: 10_000,
    })
    expect(errors).toEqual([])
    await page.close()
  })
})
