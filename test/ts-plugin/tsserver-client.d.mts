// Types of tsserver-client.mjs (JavaScript so that bench/editor.mjs can use it too).

export declare class TsServer {
  constructor(options?: { args?: string[]; cwd?: string; timeoutMs?: number; /** the tsserver.js to run (default: this repository's) */ tsserver?: string })
  request<T = unknown>(command: string, args: object): Promise<T>
  notify(command: string, args: object): void
  close(): void
}
