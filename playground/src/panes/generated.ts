// The generated JavaScript of the open file: read-only, linked to the source by its source map
// (a click on either side marks the counterpart lines on the other).

import { javascript } from '@codemirror/lang-javascript'
import { EditorState } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { basicSetup } from 'codemirror'
import { highlightedLines, setHighlightedLines } from '../editor/line-highlight'

export class GeneratedPane {
  readonly view: EditorView

  constructor(parent: HTMLElement, onLine: (line: number) => void) {
    this.view = new EditorView({
      parent,
      state: this.state('', onLine),
    })
  }

  show(code: string | undefined, why: string): void {
    const text = code ?? `// ${why}`
    if (text === this.view.state.doc.toString()) return
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: text } })
  }

  highlight(lines: readonly number[]): void {
    this.view.dispatch({ effects: setHighlightedLines.of(lines) })
    const first = lines.length > 0 ? Math.min(...lines) : 0
    if (first >= 1 && first <= this.view.state.doc.lines) {
      this.view.dispatch({ effects: EditorView.scrollIntoView(this.view.state.doc.line(first).from, { y: 'center' }) })
    }
  }

  private state(doc: string, onLine: (line: number) => void): EditorState {
    return EditorState.create({
      doc,
      extensions: [
        basicSetup,
        javascript(),
        EditorState.readOnly.of(true),
        highlightedLines,
        EditorView.updateListener.of((update) => {
          if (update.selectionSet && !update.docChanged) onLine(update.state.doc.lineAt(update.state.selection.main.head).number)
        }),
      ],
    })
  }
}
