// The runtime's surface as the compiler sees it: the module specifier, the public primitives by
// role, and what generated code imports under which local name. Pure data with no imports, so the
// compiler (and the editor plugin's bundle) reads it without loading the runtime;
// test/runtime/surface.test.ts checks it against runtime/index.ts's actual exports.

/** The module specifier user code imports the primitives from, and generated code the protocol. */
export const RUNTIME_MODULE = 'vtify/runtime'

/**
 * The primitives whose call is a state boundary (docs/semantics.md, "State boundaries"), each
 * with its k-passing form: the runtime export generated code calls in its place.
 */
export const PRIMITIVE_FORMS = {
  VT_yield: 'kYield',
  VT_read: 'kRead',
  VT_write: 'kWrite',
  VT_await: 'kAwait',
  VT_sleep: 'kSleep',
  VT_accept: 'kAccept',
  VT_join: 'kJoin',
  VT_send: 'kSend',
  VT_receive: 'kReceive',
  VT_select: 'kSelect',
  VT_readLine: 'kReadLine',
  VT_work: 'kWork',
  VT_follow: 'kFollow',
} as const

/** Exports that start a thread: their function argument runs in a new virtual thread. */
export const THREAD_STARTERS = ['VT_spawn', 'VT_run', 'VT_start'] as const

/** The other public functions: callable from any code, never a state boundary. */
export const PLAIN_FUNCTIONS = [
  'VT_cancel',
  'VT_self',
  'VT_dump',
  'VT_stats',
  'VT_pipe',
  'VT_close',
  'VT_channel',
  'VT_after',
  'VT_lines',
  'VT_configure',
  'VT_stackOf',
  'VT_task',
  'VT_configureWork',
  'VT_workStats',
  'VT_clue',
  'VT_loopClue',
  'VT_loop',
  'VT_handle',
] as const

/** The other public values: the symbol a channel's port is kept under. */
export const PUBLIC_VALUES = ['VT_CHANNEL'] as const

/**
 * The version of the contract between generated code and the runtime (docs/runtime.md §11).
 * Raise it with any change that code compiled before would run wrongly on: a generated module
 * states the version it was compiled for when it loads, and the runtime refuses another.
 */
export const PROTOCOL_VERSION = 1

/** What every generated module imports from the runtime: export → local name (`vt$`, the prefix of generated names). */
export const GENERATED_IMPORTS = {
  protocol: 'vt$protocol',
  Continuation: 'vt$Continuation',
  WAIT: 'vt$WAIT',
  RETURN: 'vt$RETURN',
  YIELD: 'vt$YIELD',
  take: 'vt$take',
  call: 'vt$call',
  multistate: 'vt$multistate',
  threadEntry: 'vt$threadEntry',
  calleeEntry: 'vt$calleeEntry',
  TdzCell: 'vt$TdzCell',
  argumentsOf: 'vt$argumentsOf',
  nameClass: 'vt$nameClass',
  iterate: 'vt$iterate',
  iteratorStep: 'vt$step',
  iteratorClose: 'vt$close',
  addDisposable: 'vt$using',
  disposeResources: 'vt$dispose',
  kYield: 'vt$kYield',
  kRead: 'vt$kRead',
  kWrite: 'vt$kWrite',
  kAwait: 'vt$kAwait',
  kSleep: 'vt$kSleep',
  kAccept: 'vt$kAccept',
  kJoin: 'vt$kJoin',
  kSend: 'vt$kSend',
  kReceive: 'vt$kReceive',
  kSelect: 'vt$kSelect',
  kReadLine: 'vt$kReadLine',
  kCall: 'vt$kCall',
  kWork: 'vt$kWork',
  kFollow: 'vt$kFollow',
  VT_unreachable: 'vt$unreachable',
} as const

export type PrimitiveName = keyof typeof PRIMITIVE_FORMS

/** The exports of vtify/runtime whose call is a state boundary. */
export const PRIMITIVES: ReadonlySet<string> = /* @__PURE__ */ new Set(Object.keys(PRIMITIVE_FORMS))
