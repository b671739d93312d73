// The playground page: the editor and its tabs, the compiler worker, and the panes, all fed from
// one compile result (the analysis model, the layouts and the outputs of the same run).

import type { FunctionInfo, FunctionLayout } from '../../compiler/index'
import { Compiler } from './compile/client'
import type { CompileResult } from './compile/protocol'
import { SourceEditor } from './editor/editor'
import { fileView } from './editor/file-view'
import { EXAMPLES } from './examples'
import { renderAnalysis } from './panes/analysis'
import { GeneratedPane } from './panes/generated'
import { GraphPane } from './panes/graph'
import { renderLayout } from './panes/layout-table'
import { RunPane } from './panes/run'
import { LineLinks } from './panes/source-links'
import { linkTo, readHash } from './share'
import { Session } from './session'
import { renderFileTabs, type FileTabActions } from './ui/file-tabs'
import { byId } from './ui/page'

/** Typing pauses this long before the address bar follows (compressing a large program takes a while). */
const URL_DELAY_MS = 300

export class App {
  private result: CompileResult | undefined
  private compiledFiles: Record<string, string> = {}
  private links = new LineLinks(undefined)
  private compiles = 0
  private urlTimer: ReturnType<typeof setTimeout> | undefined
  /** The user has moved the cursor in the open file: its line's counterparts stay marked. */
  private linking = false
  private readonly editor: SourceEditor
  private readonly generated: GeneratedPane
  private readonly graph: GraphPane
  private readonly run: RunPane

  constructor(
    private readonly session: Session,
    private readonly compiler: Compiler,
    /** Why the program the URL carried is not the one shown (a link that does not read). */
    notice?: string,
  ) {
    this.editor = new SourceEditor(byId('editor'), {
      change: (file, text) => {
        this.session.files[file] = text
        this.compiler.schedule(() => ({ ...this.session.files }))
        this.keepInUrl()
      },
      cursor: (file, line) => this.cursorMoved(file, line),
    })
    this.generated = new GeneratedPane(byId('generated'), (line) => this.editor.highlight(this.links.sourceLines(line)))
    this.graph = new GraphPane(byId('graph'), (file, line) => this.goTo(file, line, 1))
    this.run = new RunPane(byId('run'), (thread) => {
      // a run that starts over leaves no mark of where its threads were
      if (!thread || thread.file === this.editor.openFile) this.editor.highlight(thread ? [thread.line] : [])
      this.graph.mark(thread)
    })
    this.wireHeader()
    this.notice(notice)
    this.editor.load(this.session.files, this.session.active)
    this.renderTabs()
    // main.ts sent the first compile before the page loaded; its answer may be waiting.
    this.compiler.listen(
      (r, files) => void this.receive(r, files),
      (crash) => this.status(`compiler crashed: ${crash}`),
    )
  }

  /** Open a set of files (an example, a shared link) and compile it. */
  load(files: Record<string, string>): void {
    this.session.load(files)
    this.editor.load(this.session.files, this.session.active)
    this.renderTabs()
    this.compiler.compile({ ...this.session.files })
  }

  private async receive(result: CompileResult, files: Record<string, string>): Promise<void> {
    const start = performance.now()
    this.result = result
    this.compiledFiles = files
    this.showOpenFile()
    const runnable = !result.diagnostics.some((d) => d.severity === 'error')
    this.run.update(runnable ? result.outputs : undefined, result.layouts)
    renderAnalysis(byId('analysis'), result, { goTo: (file, line, column) => this.goTo(file, line, column), select: (fn) => this.select(fn) })
    await this.showSelected()
    // Every pane now shows this result: the browser tests and bench:playground wait for this count.
    document.body.dataset.compiles = String(++this.compiles)
    this.status(`compiled in ${Math.round(result.ms)} ms, panes drawn in ${Math.round(performance.now() - start)} ms`)
  }

  private showOpenFile(): void {
    const result = this.result
    if (!result) return
    const file = this.editor.openFile
    this.editor.show(fileView(result, file), this.compiledFiles[file])
    const blocked = result.diagnostics.some((d) => d.severity === 'error') ? 'not generated: see the diagnostics' : 'no output'
    this.generated.show(result.outputs[file], blocked)
    this.links = new LineLinks(result.maps[file])
    this.markGenerated()
  }

  /** Mark the generated lines of the cursor's line, again after each compile (which redraws them). */
  private markGenerated(): void {
    if (!this.linking) return
    // the map of a text the editor no longer shows would mark the wrong lines: its compile comes
    const current = this.compiledFiles[this.editor.openFile] === this.editor.text
    this.generated.highlight(current ? this.links.generatedLines(this.editor.cursorLine) : [])
  }

  private selectedLayout(): FunctionLayout | undefined {
    const layouts = this.result?.layouts ?? []
    return layouts.find((l) => l.id === this.session.selected) ?? layouts.find((l) => l.file === this.editor.openFile) ?? layouts[0]
  }

  private async showSelected(): Promise<void> {
    const layout = this.selectedLayout()
    renderLayout(byId('layout'), layout)
    await this.graph.show(layout)
  }

  private select(fn: FunctionInfo): void {
    this.session.selected = fn.id
    void this.showSelected()
  }

  private cursorMoved(file: string, line: number): void {
    this.linking = true
    this.markGenerated()
    // The function whose declaration is the nearest above the cursor describes it best.
    const candidates = (this.result?.layouts ?? []).filter((l) => l.file === file && l.line <= line)
    const nearest = candidates.sort((a, b) => b.line - a.line)[0]
    if (nearest && nearest.id !== this.session.selected) {
      this.session.selected = nearest.id
      void this.showSelected()
    }
  }

  private goTo(file: string, line: number, column: number): void {
    this.openTab(file)
    this.editor.goTo(line, column)
  }

  private openTab(file: string): void {
    this.session.active = file
    this.editor.open(file)
    this.linking = false
    this.renderTabs()
    this.showOpenFile()
  }

  private renderTabs(): void {
    renderFileTabs(byId('tabs'), this.session.files, this.session.active, this.tabActions)
  }

  private readonly tabActions: FileTabActions = {
    open: (file) => this.openTab(file),
    add: (file) => {
      this.session.add(file)
      this.editor.add(file)
      this.fileListChanged(file)
    },
    rename: (from, to) => {
      this.session.rename(from, to)
      this.editor.rename(from, to)
      this.fileListChanged(to)
    },
    close: (file) => {
      this.session.remove(file)
      this.editor.open(this.session.active)
      this.editor.remove(file)
      this.fileListChanged(this.session.active)
    },
    refuse: (why) => this.status(why),
  }

  /** Files were added, renamed or closed: open `file` and compile the program they make now. */
  private fileListChanged(file: string): void {
    this.openTab(file)
    this.editor.view.focus()
    this.compiler.compile({ ...this.session.files })
    this.keepInUrl()
  }

  /** The program in the address bar as it is edited (once typing pauses): a reload keeps it. */
  private keepInUrl(): void {
    clearTimeout(this.urlTimer)
    this.urlTimer = setTimeout(() => history.replaceState(null, '', linkTo(this.session.files)), URL_DELAY_MS)
  }

  private wireHeader(): void {
    const menu = byId('examples') as HTMLSelectElement
    menu.replaceChildren(...EXAMPLES.map((e) => new Option(e.title, e.id)))
    // A program from a shared link is none of the examples.
    if (!EXAMPLES.some((e) => sameFiles(e.files, this.session.files))) menu.prepend(new Option('(shared program)', '', true, true))
    menu.addEventListener('change', () => {
      const example = EXAMPLES.find((e) => e.id === menu.value)
      if (!example) return
      clearTimeout(this.urlTimer)
      history.replaceState(null, '', location.pathname)
      this.notice(undefined)
      this.load(example.files)
    })
    // A link pasted into the address bar of an open playground changes only the hash.
    window.addEventListener('hashchange', () => this.openLink(menu))
    byId('copy-link').addEventListener('click', () => {
      const url = linkTo(this.session.files)
      history.replaceState(null, '', url)
      // no clipboard outside a secure context (http to another machine), or a write refused
      const copied = navigator.clipboard?.writeText(url) ?? Promise.reject(new Error('no clipboard'))
      copied.then(
        () => this.status('link copied (and in the address bar)'),
        () => this.status('could not copy the link: copy it from the address bar'),
      )
    })
  }

  private openLink(menu: HTMLSelectElement): void {
    const shared = readHash(location.hash)
    if (!shared) return
    if ('error' in shared) return this.notice(`${shared.error} The program you had is still here.`)
    this.notice(undefined)
    if (menu.options[0]?.value !== '') menu.prepend(new Option('(shared program)', ''))
    menu.value = ''
    this.load(shared.files)
  }

  private notice(text: string | undefined): void {
    const notice = byId('notice')
    notice.textContent = text ?? ''
    notice.hidden = text === undefined
  }

  private status(text: string): void {
    byId('status').textContent = text
  }
}

function sameFiles(a: Record<string, string>, b: Record<string, string>): boolean {
  return Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([name, text]) => b[name] === text)
}
