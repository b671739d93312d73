// Every diagnostic message ends with a link to its code's section of docs/errors.md: what the code
// means, the common cases, and the fixes that keep what the program does.

const ERRORS_PAGE = 'https://github.com/vtify/vtify/blob/main/docs/errors.md'

/** The section of docs/errors.md for a code: `…/errors.md#vt1002`. */
export function docsLink(code: string): string {
  return `${ERRORS_PAGE}#${code.toLowerCase()}`
}

/** `message` as a sentence, then where to read more about `code`. */
export function withDocsLink(code: string, message: string): string {
  return `${message}${message.endsWith('.') ? '' : '.'} See ${docsLink(code)}`
}
