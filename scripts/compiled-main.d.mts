/** The compiled entry point, `dist/src/main.js`. */
export declare const compiledMain: string;
/** Whether `dist/` is missing or older than any source file. */
export declare function compiledIsStale(): boolean;
/** Compiles to `dist/` when it is missing or stale; false when the compiler failed. */
export declare function buildWhenStale(): boolean;
