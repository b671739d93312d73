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

  load(files: Record<string, string>): void {
    this.files = { ...files }
    this.active = Object.keys(files)[0] ?? 'main.ts'
    this.selected = undefined
  }
}
