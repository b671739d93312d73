// Globals a playground program may use beyond ES2022: the sandbox's console, and text encoding
// for the bytes VT_read and VT_write move.

interface Console {
  log(...data: unknown[]): void
  info(...data: unknown[]): void
  warn(...data: unknown[]): void
  error(...data: unknown[]): void
}
declare const console: Console

declare class TextEncoder {
  encode(input?: string): Uint8Array
}
declare class TextDecoder {
  constructor(label?: string)
  decode(input?: Uint8Array, options?: { stream?: boolean }): string
}
