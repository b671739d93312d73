import { VT_sleep } from 'vtify/runtime'

/** Count to `ticks`, one every `ms` milliseconds: a loop that sleeps without freezing the page. */
export function clock(el: HTMLElement, ticks: number, ms: number): void {
  for (let i = 1; i <= ticks; i++) {
    VT_sleep(ms)
    el.textContent = String(i)
  }
}
