// The README's set-up sections as data, so that the set-up tests follow the text a user reads:
// the fenced code blocks under a heading, each with the file its first comment line names.

import fs from 'node:fs'
import { REPO } from './install.js'

export interface Block {
  lang: string
  text: string
  /** `src/main.ts` for a block starting `// src/main.ts`; undefined for commands and fragments. */
  file?: string
  /** The block says to add its text at the end of that file (`// src/main.ts — add at the end`). */
  append: boolean
}

/** The code blocks of the README section whose heading is `heading`, up to the next heading of any level ≤ its own. */
export function readmeBlocks(heading: string): Block[] {
  const text = fs.readFileSync(`${REPO}/README.md`, 'utf8')
  const start = text.indexOf(`\n${heading}\n`)
  if (start < 0) throw new Error(`README.md has no section ${heading}`)
  const level = heading.indexOf(' ')
  const rest = text.slice(start + heading.length + 2)
  const next = rest.search(new RegExp(`^#{1,${level}} `, 'm'))
  const section = next < 0 ? rest : rest.slice(0, next)
  return [...section.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map(([, lang, body]) => block(lang!, body!))
}

function block(lang: string, text: string): Block {
  // `// src/main.ts`, `// src/main.ts — add at the end`, `// src/main.ts — what it does`
  const named = /^\/\/ ([\w./-]+\.\w+)(?: — (.*))?\n/.exec(text)
  return named ? { lang, text, file: named[1], append: named[2] === 'add at the end' } : { lang, text, append: false }
}

/** The one block for `file`. */
export function fileBlock(blocks: readonly Block[], file: string): Block {
  const found = blocks.filter((b) => b.file === file)
  if (found.length !== 1) throw new Error(`the README section has ${found.length} blocks for ${file}`)
  return found[0]!
}

/** The shell command lines of the section, comments dropped. */
export function commands(blocks: readonly Block[]): string[] {
  return blocks
    .filter((b) => b.lang === 'sh')
    .flatMap((b) => b.text.split('\n'))
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line !== '')
}
