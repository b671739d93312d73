// serve() never calls a primitive itself: it is multistate because the handler passed to it is.
// The reason chain says so: serve → greet via handler → VT_sleep.
import { VT_run, VT_sleep } from 'vtify/runtime'
import { serve } from './server.ts'

function greet(name: string): string {
  VT_sleep(50)
  return `hello, ${name}`
}

VT_run(() => serve(['ada', 'alan', 'grace'], greet))
