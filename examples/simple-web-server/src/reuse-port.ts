// Accepting on several event loops: each loop listens on the same port with listen's reusePort
// option (SO_REUSEPORT; the kernel spreads new connections over the listening sockets), so a
// connection's socket lives on the loop that accepted it — Node cannot move a socket between
// worker threads. The option exists from Node 22.12 (and 23.1); older Node ignores it, and the
// second listen on the port fails with EADDRINUSE. Where the system lacks it (macOS, Windows)
// listen fails. Shared with bench:webstone, which skips its "vtify, n loops" server for the
// same reason.

/** The platforms Node's documentation names for reusePort (Solaris is 'sunos'). */
const PLATFORMS: readonly string[] = ['linux', 'freebsd', 'sunos', 'aix']

/** Why this Node cannot accept on several loops, or undefined if it can. */
export function reusePortMissing(version = process.versions.node, platform: string = process.platform): string | undefined {
  const [major = 0, minor = 0] = version.split('.').map(Number)
  const supported = major > 23 || (major === 23 && minor >= 1) || (major === 22 && minor >= 12)
  if (supported && PLATFORMS.includes(platform)) return undefined
  return `accepting connections on several event loops needs listen's reusePort option: Node ≥ 22.12 on Linux, FreeBSD, Solaris or AIX; this is Node ${version} on ${platform}`
}
