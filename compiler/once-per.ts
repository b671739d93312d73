// Facts of a whole program that every module asks for (the model's function list, its functions
// by id): computed once per key object and remembered while the key lives.

/** `compute`, run once per key: later calls with the same key get the first result. */
export function oncePer<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const results = new WeakMap<K, V>()
  return (key) => {
    if (results.has(key)) return results.get(key) as V
    const value = compute(key)
    results.set(key, value)
    return value
  }
}
