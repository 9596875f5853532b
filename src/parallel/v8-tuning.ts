// V8 settings for long extraction runs, set once at the start of a run (process-wide, so the worker
// threads started after have them too). Both are read when V8 needs them, not only at start-up.
import v8 from 'node:v8';

let tuned = false;
/** The heap growth set for this process, in percent; 0 is V8's default. */
let growth = 0;

/**
 * - `--no-regexp-tier-up` (set by bin/extract.js, not here): compile every regular expression to machine code at its first use. By
 *   default V8 first interprets a regular expression's bytecode and compiles it later; the rules'
 *   large patterns stayed interpreted, and rule matching was most of the time (profile: the `exec`
 *   lines of runRule). Measured on 200 articles: 7.5 s → 4.2 s, the same facts; +8 MB of code.
 * - `--heap-growing-percent`: extraction allocates many short-lived objects and keeps few, so full
 *   collections are cheap and V8 let the heap grow to about four times the live data between them
 *   (a 50 MB live heap peaked at 220 MB). Measured on 500 articles (10 MB), growth / peak RSS / time:
 *   default: --jobs 1 346 MB, --jobs 2 582 MB; 30%: 217 MB 13.0 s, 337 MB 10.2 s; 60%: 240 MB 12.6 s,
 *   374 MB 8.8 s; 100%: 264 MB 12.0 s, 415 MB 8.4 s. The collector's own threads use the second core,
 *   so a small heap costs most with several threads. Now 60% for one thread (below), and 15% for several
 *   with the single-threaded collector.
 */
export function tuneV8(jobs = 1): number {
  if (tuned || process.env.EXTRACT_V8_DEFAULTS === '1') return growth;
  tuned = true;
  // `--no-regexp-tier-up` is set by bin/v8-flags.js before anything runs: set here, once the rules' regular
  // expressions had been compiled, it crashed the process now and then.
  // With a single-threaded collector (bin/extract.js asks for one) small steps cost little: 15% gave
  // --jobs 2 256 MB and 10.4 s on 30 MB, 60% 339 MB and 10.6 s.
  // One thread: 60% (30% gave 161 MB and 5.08 s on 10 MB, 60% 175 MB and 4.97 s: the corpus target is 300 MB).
  growth = jobs > 1 ? (process.execArgv.includes('--single-threaded-gc') ? 15 : 60) : 60;
  v8.setFlagsFromString(`--heap-growing-percent=${growth}`);
  return growth;
}

/** In a worker thread: the growth the main thread set (flags are process-wide; this only records it). */
export function adoptHeapGrowth(percent: number): void {
  growth = percent;
}

/**
 * The old generation one document needs while it is extracted, per character (UTF-16 unit), with a third
 * to spare. With --max-old-space-size, a 7 M-character article ran in 200 MiB and stopped the process in 175
 * (22 to 26 bytes a character over the start-up heap); a denser one of 3.6 M characters stopped it in 120
 * MiB and 3.3 M ran (28 to 31).
 */
export const PEAK_HEAP_PER_CHAR = 40;
/** The young generation's share of V8's heap limit (three semi-spaces of 16 MiB), which cannot hold a document's data. */
const YOUNG_GENERATION = 48 * 2 ** 20;
/** The heap in use after start-up (code, rules, names), about 25 MB. */
const START_UP_HEAP = 32 * 2 ** 20;

/**
 * When a document of `chars` characters would need more heap than V8's limit allows: what it needs and the
 * old generation's limit (bytes). Past the limit V8 stops the whole process ("JavaScript heap out of
 * memory"), and the facts of every other input with it. It depends on the limit and the size only, not on
 * what is in use at the moment, so that the output is the same for every --jobs.
 */
export function heapShortfall(chars: number): { need: number; limit: number } | null {
  if (chars < 1_000_000) return null;
  const limit = v8.getHeapStatistics().heap_size_limit - YOUNG_GENERATION;
  const need = chars * PEAK_HEAP_PER_CHAR;
  return need > limit - START_UP_HEAP ? { need, limit } : null;
}

/** Documents this large (in UTF-16 units) run with at least LARGE_DOCUMENT_GROWTH. */
export const LARGE_DOCUMENT = 4_000_000;
/**
 * The heap growth of a very large document. Its live data is large, so a small growth means many full
 * collections: two 10 MB documents with --jobs 2 took 10.9 s at the 15% of several threads, 9.0 s at V8's
 * own growth. V8's own growth costs memory for nothing against 60%: one 10 MB document 4.85 s and 488 MB
 * with it, 4.93 s and 363 MB with 60%; 50 MB, 23.6 s and 1,752 MB against 23.5 s and 1,519 MB.
 */
const LARGE_DOCUMENT_GROWTH = 60;

/** Runs `fn` (one very large document) with a heap growth of at least LARGE_DOCUMENT_GROWTH. */
export function withLargeDocumentGrowth<T>(fn: () => T): T {
  if (growth === 0 || growth >= LARGE_DOCUMENT_GROWTH) return fn();
  v8.setFlagsFromString(`--heap-growing-percent=${LARGE_DOCUMENT_GROWTH}`);
  try {
    return fn();
  } finally {
    v8.setFlagsFromString(`--heap-growing-percent=${growth}`);
  }
}
