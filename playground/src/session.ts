// What is being edited: the files (tabs), the open one, and the function the panes describe.

export class Session {
  files: Record<string, string>
  active: string
  /** The selected multistate function (a model id), for the state machine and layout panes. */
  selected: string | undefined

  constructor(files: Record<string, string>) {
    this.files = { ...files }
    this.active = Object.keys(files)[0] ?? 'main.ts'
  }

  add(file: string): void {
    this.files[file] = ''
    this.active = file
  }

  /** Rename in place: the tab keeps its position. */
  rename(from: string, to: string): void {
    this.files = Object.fromEntries(Object.entries(this.files).map(([name, text]) => [name === from ? to : name, text]))
    if (this.active === from) this.active = to
  }

  remove(file: string): void {
    delete this.files[file]
    if (this.active === file) this.active = Object.keys(this.files)[0] ?? 'main.ts'
  }

  load(files: Record<string, string>): void {
    this.files = { ...files }
    this.active = Object.keys(files)[0] ?? 'main.ts'
    this.selected = undefined
  }
}
