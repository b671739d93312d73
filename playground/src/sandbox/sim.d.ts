// `sim`: the simulated network and terminal of the playground's Run pane. Each of these is a
// vtify channel; the page plays the other end.

/** A connection: VT_read gets what you type into it in the Run pane, VT_write shows what it sends. */
export interface Socket {
  readonly name: string
}

/** A listening socket: VT_accept(server) waits until you press "connect" in the Run pane. */
export interface Server {
  readonly name: string
}

export declare const server: Server

/** Standard input and output of the page: VT_read(stdin, …) waits for a line you type. */
export declare const stdin: Socket
export declare const stdout: Socket
