// The playground in a real headless Chromium, from its static build: examples, every pane, an
// edit that every pane follows, a shared link, and live stepping.

import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
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

const text = async (page: Page, selector: string): Promise<string> => (await page.locator(selector).allTextContents()).join('\n')

describe('the playground', () => {
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
    expect(errors).toEqual([])
    await page.close()
  })

  test('each example compiles, with the diagnostics it is about', async () => {
    const { page, errors } = await newPage(site)
    await compiled(page, 1)
    const expected: Record<string, string | undefined> = { echo: undefined, wrappers: undefined, pipe: undefined, handler: undefined, recursion: 'VT1001', callback: 'VT1002' }
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
