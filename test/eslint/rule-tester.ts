// RuleTester under vitest, with typed linting over the on-disk project test/eslint/fixtures/rules:
// cases lint `file.ts` (or the file they name) and see the project's other files from disk.

import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { RuleTester } from '@typescript-eslint/rule-tester'
import { afterAll, describe, it } from 'vitest'

RuleTester.afterAll = afterAll
RuleTester.describe = describe
RuleTester.it = it
RuleTester.itOnly = it.only

export const RULES_PROJECT = fileURLToPath(new URL('./fixtures/rules/', import.meta.url))

export const ruleTester = new RuleTester({
  languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: RULES_PROJECT } },
})

/** A multi-file case: lint `file` of the fixture project with its text on disk. */
export function onDisk(file: string): { filename: string; code: string } {
  const filename = path.join(RULES_PROJECT, file)
  return { filename, code: fs.readFileSync(filename, 'utf8') }
}
