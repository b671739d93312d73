// A line plot as SVG text, written by hand (no plotting library): throughput against clients on
// a logarithmic x axis, one line per server, like the paper's Figure 10.

export interface Series {
  name: string
  /** [clients, value] points; a missing point (a server that gave out) breaks the line. */
  points: readonly (readonly [number, number | undefined])[]
}

const W = 720
const H = 420
const M = { left: 70, right: 170, top: 40, bottom: 50 }
const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2']

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A round step for about 5 ticks up to max. */
function step(max: number): number {
  const raw = max / 5
  const power = 10 ** Math.floor(Math.log10(raw))
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw
}

export function plot(title: string, yLabel: string, series: readonly Series[]): string {
  const xs = series.flatMap((s) => s.points.map(([x]) => x))
  const ys = series.flatMap((s) => s.points.flatMap(([, y]) => (y === undefined ? [] : [y])))
  const [xMin, xMax] = [Math.min(...xs), Math.max(...xs)]
  const yStep = step(Math.max(...ys, 1))
  const yMax = Math.ceil(Math.max(...ys, 1) / yStep) * yStep
  const px = (x: number): number => M.left + ((Math.log(x) - Math.log(xMin)) / (Math.log(xMax) - Math.log(xMin) || 1)) * (W - M.left - M.right)
  const py = (y: number): number => H - M.bottom - (y / yMax) * (H - M.top - M.bottom)
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="${W / 2 - M.right / 2}" y="22" text-anchor="middle" font-size="14">${escape(title)}</text>`,
  ]
  for (let y = 0; y <= yMax; y += yStep) {
    out.push(
      `<line x1="${M.left}" x2="${W - M.right}" y1="${py(y)}" y2="${py(y)}" stroke="#ddd"/>`,
      `<text x="${M.left - 6}" y="${py(y) + 4}" text-anchor="end">${y}</text>`,
    )
  }
  for (const x of [...new Set(xs)].sort((a, b) => a - b)) {
    out.push(
      `<line x1="${px(x)}" x2="${px(x)}" y1="${H - M.bottom}" y2="${H - M.bottom + 5}" stroke="#333"/>`,
      `<text x="${px(x)}" y="${H - M.bottom + 18}" text-anchor="middle">${x}</text>`,
    )
  }
  out.push(
    `<line x1="${M.left}" x2="${W - M.right}" y1="${H - M.bottom}" y2="${H - M.bottom}" stroke="#333"/>`,
    `<line x1="${M.left}" x2="${M.left}" y1="${M.top}" y2="${H - M.bottom}" stroke="#333"/>`,
    `<text x="${(M.left + W - M.right) / 2}" y="${H - 12}" text-anchor="middle">clients (log scale)</text>`,
    `<text transform="translate(18 ${(M.top + H - M.bottom) / 2}) rotate(-90)" text-anchor="middle">${escape(yLabel)}</text>`,
  )
  series.forEach((s, i) => {
    const color = COLORS[i % COLORS.length] as string
    const runs: string[][] = [[]]
    for (const [x, y] of s.points) {
      if (y === undefined) runs.push([])
      else (runs.at(-1) as string[]).push(`${px(x).toFixed(1)},${py(y).toFixed(1)}`)
    }
    for (const run of runs) if (run.length > 0) out.push(`<polyline fill="none" stroke="${color}" stroke-width="2" points="${run.join(' ')}"/>`)
    for (const [x, y] of s.points) if (y !== undefined) out.push(`<circle cx="${px(x).toFixed(1)}" cy="${py(y).toFixed(1)}" r="3" fill="${color}"/>`)
    const ly = M.top + 10 + i * 20
    out.push(
      `<line x1="${W - M.right + 15}" x2="${W - M.right + 40}" y1="${ly}" y2="${ly}" stroke="${color}" stroke-width="2"/>`,
      `<text x="${W - M.right + 46}" y="${ly + 4}">${escape(s.name)}</text>`,
    )
  })
  out.push('</svg>')
  return `${out.join('\n')}\n`
}
