// The plugin object: recommended config, rule docs, and the failure without type information.

import fs from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Linter } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'
import plugin from '../../eslint-rules/index.js'

describe('vtify/eslint plugin', () => {
  it('configs.recommended turns on every rule of the plugin', () => {
    const configured = Object.keys(plugin.configs.recommended.rules ?? {}).sort()
    expect(configured).toEqual(
      Object.keys(plugin.rules)
        .map((name) => `vtify/${name}`)
        .sort(),
    )
    expect(plugin.configs.recommended.plugins?.vtify).toBe(plugin)
  })

  it.each(Object.entries(plugin.rules))('%s links to its doc page, which exists', (name, rule) => {
    const url = rule.meta.docs?.url ?? ''
    expect(url).toMatch(new RegExp(`/docs/rules/${name}\\.md$`))
    expect(fs.existsSync(fileURLToPath(new URL(`../../docs/rules/${name}.md`, import.meta.url)))).toBe(true)
  })

  it('without type information, a rule fails with how to enable projectService', () => {
    const linter = new Linter({ configType: 'flat' })
    const config = [{ ...plugin.configs.recommended, languageOptions: { parser: tseslint.parser } }]
    expect(() => linter.verify('export const x = 1\n', config as Linter.Config[], 'x.ts')).toThrow(/projectService: true/)
  })
})
