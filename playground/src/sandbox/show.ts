// A value as the Run pane shows it: short, one line, named by what it is.

export function show(value: unknown): string {
  if (value instanceof Uint8Array) return `Uint8Array [${[...value.slice(0, 16)].join(', ')}${value.length > 16 ? ', …' : ''}]`
  if (typeof value === 'string') return JSON.stringify(value)
  if (value instanceof Error) return `${value.name}: ${value.message}`
  if (typeof value === 'function') return `function ${value.name}`
  // A channel names itself (`socket conn1`, `pipe #1`); class names are minified in the build.
  if (typeof value === 'object' && value !== null)
    return 'what' in value ? String(value.what) : Array.isArray(value) ? `[${value.map(show).join(', ')}]` : 'object'
  return String(value)
}
