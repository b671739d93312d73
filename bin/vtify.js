#!/usr/bin/env node
import { main } from '../dist/bundle/cli.js'

// A reader that stops early (`vtify analyze . | head`) closes the pipe: stop quietly, as other
// commands do, instead of dying on the write's unhandled EPIPE.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(process.exitCode ?? 0)
})

process.exitCode = await main(process.argv.slice(2))
