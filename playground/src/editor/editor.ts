// The source editor: CodeMirror 6 with TypeScript, one editor state per tab (each keeps its own
// undo history), vtify's markers, hover and lint from the latest compile result.

import { javascript } from '@codemirror/lang-javascript'
import { lintGutter, setDiagnostics } from '@codemirror/lint'
import { EditorSelection, EditorState, type Extension } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { basicSetup } from 'codemirror'
import { lintDiagnostics } from './lint'
import { vtifyHover } from './hover'
import { highlightedLines, setHighlightedLines } from './line-highlight'
import { fileViewField, markersField, setFileView } from './markers'
import type { FileView } from './file-view'

export interface EditorEvents {
  /** The text of the open file changed. */
  change(file: string, text: string): void
  /** The cursor moved to a line (1-based) of the open file. */
  cursor(file: string, line: number): void
}

export class SourceEditor {
  readonly view: EditorView
  private readonly states = new Map<string, EditorState>()
  private file = ''

  constructor(
    parent: HTMLElement,
    private readonly events: EditorEvents,
  ) {
    this.view = new EditorView({ parent })
  }

  /** Replace all tabs (an example, a shared link) and open `active`. */
  load(files: Record<string, string>, active: string): void {
    this.states.clear()
    for (const [name, text] of Object.entries(files)) this.states.set(name, this.createState(text))
    this.file = ''
    this.open(active)
  }

  /** A new, empty file (not opened). */
  add(file: string): void {
    this.states.set(file, this.createState(''))
  }

  rename(from: string, to: string): void {
    if (this.file === from) this.file = to
    const state = this.states.get(from)
    this.states.delete(from)
    if (state) this.states.set(to, state)
  }

  /** Forget a file that is not open. */
  remove(file: string): void {
    this.states.delete(file)
  }

  open(file: string): void {
    if (file === this.file) return
    if (this.file) this.states.set(this.file, this.view.state)
    const state = this.states.get(file)
    if (!state) return
    this.file = file
    this.view.setState(state)
    // the last file's horizontal scroll would hide the start of this one's lines
    this.view.scrollDOM.scrollLeft = 0
  }

  get openFile(): string {
    return this.file
  }

  get text(): string {
    return this.view.state.doc.toString()
  }

  /** The line (1-based) the cursor is on. */
  get cursorLine(): number {
    const state = this.view.state
    return state.doc.lineAt(state.selection.main.head).number
  }

  /** Show a compile result's view of the open file (skipped if the text changed since). */
  show(view: FileView, compiledText: string | undefined): void {
    const state = this.view.state
    if (compiledText !== state.doc.toString()) return
    this.view.dispatch(setDiagnostics(state, lintDiagnostics(view.diagnostics, state.doc.length)), { effects: setFileView.of(view) })
  }

  goTo(line: number, column = 1): void {
    const doc = this.view.state.doc
    const at = doc.line(Math.min(Math.max(line, 1), doc.lines))
    const pos = Math.min(at.from + column - 1, at.to)
    this.view.dispatch({ selection: EditorSelection.cursor(pos), scrollIntoView: true })
    this.view.focus()
  }

  /** Mark lines (1-based) as the counterpart of a selection in another pane. */
  highlight(lines: readonly number[]): void {
    this.view.dispatch({ effects: setHighlightedLines.of(lines) })
  }

  private createState(text: string): EditorState {
    return EditorState.create({ doc: text, extensions: this.extensions() })
  }

  // the events name the open file: only its view is edited, and a rename changes its name
  private extensions(): Extension {
    return [
      basicSetup,
      javascript({ typescript: true }),
      lintGutter(),
      fileViewField,
      markersField,
      highlightedLines,
      vtifyHover,
      EditorView.updateListener.of((update) => {
        if (update.docChanged) this.events.change(this.file, update.state.doc.toString())
        if (update.selectionSet && !update.docChanged) this.events.cursor(this.file, update.state.doc.lineAt(update.state.selection.main.head).number)
      }),
    ]
  }
}
