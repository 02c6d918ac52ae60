/** The notes that make the crashing writer thread (crashing-writer-thread.ts) die while writing them. */
export const CRASH_NOTE = '__writer-thread-crash__';
