// Before starting worker threads, a look at the inputs ahead: a small run is faster on the main thread alone.
import { stat } from 'node:fs/promises';
import type { Input } from '../inputs.js';

/**
 * Inputs that hold fewer bytes than this are extracted in-process even with --jobs over 1: a worker costs
 * about 1.3 s of CPU to start and warm up. On the 2-core development machine --jobs 2 was slower than
 * --jobs 1 up to about 5 MB (100 articles, 2.1 MB: 1.88 s against 1.62 s; 200, 4.2 MB: 2.5 against 2.4;
 * 300, 6.2 MB: 3.1 against 3.2; 600, 12 MB: 4.1 against 4.9).
 */
export const MIN_PARALLEL_BYTES = 5_000_000;
/** Inputs looked at, at most, to tell a small run from a large one; more than this is a large run. */
export const LOOKAHEAD_FILES = 256;
/**
 * How long the look-ahead waits, in all, for the inputs after the first from a slow list (--files-from fed by
 * another program) before it decides by their count. Listing a directory and stat'ing files do not count.
 */
const LOOKAHEAD_MS = 2000;
/** With a slow list, this many inputs already listed count as a large run. */
export const MIN_PARALLEL_FILES = 32;

const SLOW = Symbol('slow');
/** `p`, or SLOW when it has not settled within `ms`. */
async function within<T>(p: Promise<T>, ms: number): Promise<T | typeof SLOW> {
  if (ms <= 0) return SLOW;
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([p, new Promise<typeof SLOW>((r) => (timer = setTimeout(() => r(SLOW), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Reads inputs ahead until the run is known to be large (5 MB in two inputs or more, or 256 inputs; with
 * `minFiles`, that many inputs whatever their size), the list ends or fails, or a slow list keeps it waiting.
 * `inputs` yields every input of `source` in order, those looked at first; a failure of the list comes out
 * after the inputs listed before it.
 */
export async function lookAhead(source: AsyncGenerator<Input>, minFiles?: number): Promise<{ parallel: boolean; inputs: AsyncGenerator<Input> }> {
  const head: Input[] = [];
  let bytes = 0;
  let listEnded = false;
  let listError: { error: unknown } | null = null;
  let pending: Promise<IteratorResult<Input>> | null = null;
  let waited = 0;
  // Two inputs at least: one alone, however large, leaves a second thread nothing to do.
  const large = () =>
    minFiles !== undefined ? head.length >= minFiles : head.length >= 2 && (bytes >= MIN_PARALLEL_BYTES || head.length >= LOOKAHEAD_FILES);
  while (!large()) {
    pending = source.next();
    pending.catch(() => {}); // a failure is seen where it is awaited (below, or in `inputs`)
    let got: IteratorResult<Input> | typeof SLOW;
    const t0 = Date.now();
    try {
      // The first input may take a directory's listing: it is waited for, as without the look-ahead.
      got = head.length === 0 ? await pending : await within(pending, LOOKAHEAD_MS - waited);
    } catch (error) {
      listError = { error };
      pending = null;
      break;
    }
    waited += head.length === 0 ? 0 : Date.now() - t0;
    if (got === SLOW) break; // a slow list: what is pending comes next
    pending = null;
    if (got.done) {
      listEnded = true;
      break;
    }
    head.push(got.value);
    if (got.value.path !== '-') bytes += await stat(got.value.path).then((st) => (st.isFile() ? st.size : 0), () => 0);
  }
  const parallel = large() || (minFiles === undefined && !listEnded && !listError && head.length >= MIN_PARALLEL_FILES);
  const inputs = (async function* () {
    let finished = false;
    try {
      yield* head;
      if (listError) throw listError.error;
      if (listEnded) return;
      if (pending) {
        const n = await pending;
        if (n.done) return;
        yield n.value;
      }
      yield* source;
      finished = true;
    } finally {
      // Stopped while the head was handed on: stop the list too (not awaited: a read may still be pending).
      if (!finished && !listEnded && !listError) void source.return(undefined).catch(() => {});
    }
  })();
  return { parallel, inputs };
}
