// The playground page: the editor and its tabs, the compiler worker, and the panes, all fed from
// one compile result (the analysis model, the layouts and the outputs of the same run).

import type { FunctionInfo, FunctionLayout } from '../../compiler/index'
import { Compiler } from './compile/client'
import type { CompileResult } from './compile/protocol'
import { SourceEditor } from './editor/editor'
import { fileView } from './editor/file-view'
import { renderAnalysis } from './panes/analysis'
import { GeneratedPane } from './panes/generated'
import { GraphPane } from './panes/graph'
import { renderLayout } from './panes/layout-table'
import { RunPane } from './panes/run'
import { LineLinks } from './panes/source-links'
import { Session } from './session'
import { renderFileTabs, type FileTabActions } from './ui/file-tabs'
import { Header } from './ui/header'
import { byId } from './ui/page'

export class App {
  private result: CompileResult | undefined
  private compiledFiles: Record<string, string> = {}
  private links = new LineLinks(undefined)
  private compiles = 0
  /** The user has moved the cursor in the open file: its line's counterparts stay marked. */
  private linking = false
  private readonly editor: SourceEditor
  private readonly generated: GeneratedPane
  private readonly graph: GraphPane
  private readonly run: RunPane
  private readonly header: Header

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
        this.header.keepInUrl()
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
    this.header = new Header({ files: () => this.session.files, load: (files) => this.load(files) }, notice)
    this.editor.load(this.session.files, this.session.active)
    this.renderTabs()
    // main.ts sent the first compile before the page loaded; its answer may be waiting.
    this.compiler.listen(
      (r, files) => void this.receive(r, files),
      (crash) => {
        // the stack is for a bug report (the console), not for the header's one line
        console.error(`vtify playground: the compiler crashed: ${crash}`)
        this.header.status(`compiler crashed: ${crash.split('\n')[0]} (the panes show the last program it compiled)`)
      },
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
    this.header.status(`compiled in ${Math.round(result.ms)} ms, panes drawn in ${Math.round(performance.now() - start)} ms`)
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
    refuse: (why) => this.header.status(why),
  }

  /** Files were added, renamed or closed: open `file` and compile the program they make now. */
  private fileListChanged(file: string): void {
    this.openTab(file)
    this.editor.view.focus()
    this.compiler.compile({ ...this.session.files })
    this.header.keepInUrl()
  }
}
