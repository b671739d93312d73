import { val } from './_values.ts'

class Box {
  items: string[] = []
  add(a: string, b: string): this {
    this.items.push(a + b)
    return this
  }
}

export function main(log: string[]): string {
  const box = new Box()
  box.add(val('a', log), val('b', log)).add('c', val('d', log))
  const holder = { box }
  holder.box.add(val('e', log), 'f')
  val(holder, log, 'holder').box.add('g', 'h')
  box['add'](val('i', log), 'j')
  return box.items.join(',')
}
