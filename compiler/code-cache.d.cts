/** Writes V8's code cache of TypeScript if this process loaded it without one (code-cache.cjs): call it after the first compile. */
export declare function saveCodeCache(): void
