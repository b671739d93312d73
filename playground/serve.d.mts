import type { Server } from 'node:http'

/** Serve playground/dist; resolves with the server and its URL. */
export function serve(port?: number, host?: string): Promise<{ server: Server; url: string }>
