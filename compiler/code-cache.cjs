// TypeScript's 9 MB of JavaScript loaded with V8's code cache: the functions V8 compiled in an
// earlier process are read back instead of compiled again, which saves ~0.3 s of every compile
// in a new process (loading TypeScript, building the program, creating the checker;
// docs/benchmarks.md, "Vite build"). Node 20 has no module.enableCompileCache, so the file is run
// as CommonJS would run it, through vm.Script with the cached data, and put in require's cache
// (whoever requires TypeScript after us gets this instance, as they would have).
//
// The cache lives beside the package (node_modules/.cache/vtify), one file per TypeScript
// version, file size and time, and V8 version: V8 itself refuses data of another V8 or other
// flags, but it checks only the length of the source, so the name carries what identifies it.
// Written once, after the first compile of a process that had none (saveCodeCache): then it
// holds the functions a compile uses, not only the top level. Any failure to read or write it
// only costs the time it would have saved.
'use strict'
const fs = require('node:fs')
const path = require('node:path')
const vm = require('node:vm')
const { Module, createRequire } = require('node:module')
const process = require('node:process')

/** The script loaded without usable cached data, and where its cache goes: saved once. */
let pending
/** How each file was loaded: 'code cache' (V8 took the cached data) or 'compiled'. */
const loads = new Map()

/** `require(file)` through the code cache (file: a CommonJS module's absolute path). */
function requireCached(file) {
  const cached = require.cache[file]
  if (cached) return cached.exports
  const cacheFile = cacheFileOf(file)
  const cachedData = cacheFile && readOrUndefined(cacheFile)
  const source = fs.readFileSync(file, 'utf8')
  const wrapper = `(function (exports, require, module, __filename, __dirname) {${source}\n})`
  const script = new vm.Script(wrapper, { filename: file, cachedData })
  const m = new Module(file, module)
  m.filename = file
  require.cache[file] = m
  try {
    script.runInThisContext().call(m.exports, m.exports, createRequire(file), m, file, path.dirname(file))
  } catch (error) {
    delete require.cache[file]
    throw error
  }
  m.loaded = true
  const used = cachedData !== undefined && !script.cachedDataRejected
  loads.set(file, used ? 'code cache' : 'compiled')
  if (cacheFile && !used) pending = { script, cacheFile }
  return m.exports
}

/** How `file` was loaded by requireCached, if it was (for tests). */
function loadedWith(file) {
  return loads.get(file)
}

/** Writes the code cache of the script loaded without one, once: call it after the first compile. */
function saveCodeCache() {
  if (!pending) return
  const { script, cacheFile } = pending
  pending = undefined
  try {
    const dir = path.dirname(cacheFile)
    fs.mkdirSync(dir, { recursive: true })
    const temporary = `${cacheFile}.${process.pid}.tmp`
    fs.writeFileSync(temporary, script.createCachedData())
    fs.renameSync(temporary, cacheFile)
    // The caches of the package's earlier installs under this V8 are of no more use (another
    // Node's are kept: two Nodes sharing node_modules would otherwise remove each other's).
    const base = path.basename(cacheFile)
    const [pkg, v8] = [base.slice(0, base.indexOf('@') + 1), base.slice(base.lastIndexOf('-v8-'))]
    for (const file of fs.readdirSync(dir)) if (file !== base && file.startsWith(pkg) && file.endsWith(v8)) fs.rmSync(path.join(dir, file), { force: true })
  } catch {
    // A read-only node_modules: the next process compiles TypeScript as this one did.
  }
}

/** node_modules/.cache/vtify/<package>@<version>-<size>-<mtime>-v8-<version>.v8, or undefined without a package.json above. */
function cacheFileOf(file) {
  try {
    let dir = path.dirname(file)
    while (!fs.existsSync(path.join(dir, 'package.json'))) {
      if (path.dirname(dir) === dir) return undefined
      dir = path.dirname(dir)
    }
    const { name, version } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'))
    const { size, mtimeMs } = fs.statSync(file)
    const safe = (text) => String(text).replace(/[^\w.-]/g, '_')
    const key = [version, size, Math.trunc(mtimeMs), 'v8', process.versions.v8].map(safe).join('-')
    return path.join(path.dirname(dir), '.cache', 'vtify', `${safe(name)}@${key}.v8`)
  } catch {
    return undefined
  }
}

function readOrUndefined(file) {
  try {
    return fs.readFileSync(file)
  } catch {
    return undefined
  }
}

module.exports = { requireCached, saveCodeCache, loadedWith }
