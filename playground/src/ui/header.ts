// The header: the examples menu, Copy link, the address bar that follows the program (and a link
// pasted into it), the notice about a link that does not read, and the status line.

import { EXAMPLES } from '../examples'
import { linkTo, readHash } from '../share'
import { byId } from './page'

/** Typing pauses this long before the address bar follows (compressing a large program takes a while). */
const URL_DELAY_MS = 300

export interface Program {
  files(): Record<string, string>
  /** Replace the program (an example, a link) and compile it. */
  load(files: Record<string, string>): void
}

export class Header {
  private readonly menu = byId('examples') as HTMLSelectElement
  private urlTimer: ReturnType<typeof setTimeout> | undefined

  /** `notice`: why the program the URL carried is not the one shown (a link that does not read). */
  constructor(
    private readonly program: Program,
    notice?: string,
  ) {
    this.menu.replaceChildren(...EXAMPLES.map((e) => new Option(e.title, e.id)))
    // A program from a shared link is none of the examples.
    if (!EXAMPLES.some((e) => sameFiles(e.files, program.files()))) this.menu.prepend(new Option('(shared program)', '', true, true))
    this.menu.addEventListener('change', () => this.openExample())
    // A link pasted into the address bar of an open playground changes only the hash.
    window.addEventListener('hashchange', () => this.openLink())
    byId('copy-link').addEventListener('click', () => this.copyLink())
    this.notice(notice)
  }

  /** The program in the address bar as it is edited (once typing pauses): a reload keeps it. */
  keepInUrl(): void {
    clearTimeout(this.urlTimer)
    this.urlTimer = setTimeout(() => history.replaceState(null, '', linkTo(this.program.files())), URL_DELAY_MS)
  }

  status(text: string): void {
    byId('status').textContent = text
  }

  private openExample(): void {
    const example = EXAMPLES.find((e) => e.id === this.menu.value)
    if (!example) return
    clearTimeout(this.urlTimer)
    history.replaceState(null, '', location.pathname)
    this.notice(undefined)
    this.program.load(example.files)
  }

  private openLink(): void {
    const shared = readHash(location.hash)
    if (!shared) return
    if ('error' in shared) return this.notice(`${shared.error} The program you had is still here.`)
    this.notice(undefined)
    if (this.menu.options[0]?.value !== '') this.menu.prepend(new Option('(shared program)', ''))
    this.menu.value = ''
    this.program.load(shared.files)
  }

  private copyLink(): void {
    const url = linkTo(this.program.files())
    history.replaceState(null, '', url)
    // no clipboard outside a secure context (http to another machine), or a write refused
    const copied = navigator.clipboard?.writeText(url) ?? Promise.reject(new Error('no clipboard'))
    copied.then(
      () => this.status('link copied (and in the address bar)'),
      () => this.status('could not copy the link: copy it from the address bar'),
    )
  }

  private notice(text: string | undefined): void {
    const notice = byId('notice')
    notice.textContent = text ?? ''
    notice.hidden = text === undefined
  }
}

function sameFiles(a: Record<string, string>, b: Record<string, string>): boolean {
  return Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([name, text]) => b[name] === text)
}
