import { val } from './_values.ts'

export function main(log: string[]): string {
  const a = val<string | null>(null, log, 'null') ?? val('default-a', log)
  const b = val(0, log, 'zero') ?? val('never', log)
  const c = val<undefined | string>(undefined, log, 'undef') ?? val<null | string>(null, log, 'null2') ?? 'last'
  const d = (undefined as string | undefined) ?? val('d', log)
  return `${a} ${b} ${c} ${d}`
}
