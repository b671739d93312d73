// The example as any Vite app has it: the vtify plugin is all the set-up.
import { defineConfig } from 'vite'
import vtify from 'vtify/vite'

export default defineConfig({ plugins: [vtify()] })
