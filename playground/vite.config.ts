// The playground: a static site (`npm run build:playground` → playground/dist). The compiler's
// source runs in a worker; its few Node imports get browser stand-ins (src/shims), and
// `#typescript` (a require shim for Node) is TypeScript's own module.

import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const shim = (name: string): string => fileURLToPath(new URL(`./src/shims/${name}.ts`, import.meta.url))

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: {
    alias: {
      '#typescript': 'typescript',
      'node:path': shim('path'),
      'node:fs': shim('fs'),
      'node:url': shim('url'),
      'node:perf_hooks': shim('perf-hooks'),
    },
  },
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // TypeScript alone is 4 MB: the worker is one large chunk by design.
    chunkSizeWarningLimit: 8000,
    rolldownOptions: { checks: { pluginTimings: false } },
  },
})
