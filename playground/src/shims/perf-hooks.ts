// node:perf_hooks in the browser: the page's own clock.
export const performance = globalThis.performance
export default { performance }
