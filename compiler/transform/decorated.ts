// A method decorator may replace the method with a function of its own (a wrapper that logs,
// checks, memoizes). A multistate method is called through its state machine, registered for
// the method the class defines: depending on the order the class's initialisers run in, the
// wrapper would never run, or would call the method where a thread cannot suspend. Refused.

import ts from '#typescript'
import { Codes } from '../diagnostics/codes.js'
import { Unsupported } from './diagnostic.js'

export function checkNotDecorated(fn: ts.Node, name: string): void {
  const decorator = ts.canHaveDecorators(fn) ? ts.getDecorators(fn)?.[0] : undefined
  if (!decorator) return
  const message =
    `a decorator on multistate method ${name} is not supported yet: vtify calls the method's state machine, not what the decorator puts in its place. ` +
    'Do what the decorator adds inside the method, or decorate a method that does not block'
  throw new Unsupported(Codes.unsupportedConstruct, decorator, message)
}
