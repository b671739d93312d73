import { VT_spawn, VT_join, VT_yield } from 'vtify/runtime'
import { val } from './_values.ts'

// A multistate function's `arguments` is the object JavaScript gives a strict function, not an
// array — however the function was called: by name, through a value, as a thread, with spread
// arguments or more than its parameters (test262's arguments-object/ tests, nested mode).
function describe(args: IArguments): string {
  const length = Object.getOwnPropertyDescriptor(args, 'length')
  let callee: string
  try {
    callee = typeof args.callee
  } catch (e) {
    callee = (e as Error).constructor.name
  }
  return [
    Object.prototype.toString.call(args),
    Array.isArray(args),
    Object.getPrototypeOf(args) === Object.prototype,
    `length ${args.length} ${length?.writable} ${length?.enumerable} ${length?.configurable}`,
    `callee ${callee}`,
    `items ${[...args].join(',')}`,
    `keys ${Object.keys(args).join(',')}`,
    `deleted ${delete (args as { length?: number }).length} ${args.length}`,
  ].join(' | ')
}

function byName(a: number, b?: number): string {
  VT_yield()
  void a
  void b
  return describe(arguments)
}

const holder = {
  method(a: number): string {
    VT_yield()
    void a
    return describe(arguments)
  },
}

function thread(a: string): string {
  VT_yield()
  void a
  return describe(arguments)
}

export function main(log: string[]): string {
  log.push(byName(1))
  log.push(byName(1, 2, val(3, log) as never))
  const xs = [4, 5, 6]
  log.push(byName(...(xs as [number])))
  log.push(holder.method(7))
  const m: (a: number) => string = holder.method
  log.push(m.call(undefined, 8))
  const t = VT_spawn(thread, 'nine')
  log.push(VT_join(t))
  return 'done'
}
