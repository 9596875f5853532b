// Extraction in worker threads with results in input order: a bounded window of inputs is in flight,
// and outcomes are handed on strictly in the order the inputs came, so the output is the same for every --jobs.
import type { CommonOptions, Outcome } from '../extraction.js';
import type { Input } from '../inputs.js';
import { WorkerPool } from './pool.js';
import type { Task, TaskData } from './task.js';

export interface ParallelOptions {
  jobs: number;
  /** The command-line options; each worker rebuilds its extraction options from them. */
  options: CommonOptions;
  keepText: boolean;
  /** The bytes of an input the workers cannot read themselves (standard input), else undefined. */
  stdinBytes(input: Input): Promise<Uint8Array | undefined>;
  /** Inputs in flight or finished but not yet handed on (default 4 per worker): bounds memory. */
  window?: number;
}

/** The worker entry: the tsx shim when running from TypeScript sources, the task itself when built. */
export function workerEntry(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('./worker.mjs', import.meta.url) : new URL('./task.js', import.meta.url);
}

/**
 * Yields the outcome of every input, in input order. Plain-JSON options only are sent to the workers
 * (functions and undefined values are dropped).
 */
export async function* inOrder<T, R>(inputs: AsyncIterable<T>, run: (x: T) => Promise<R>, window: number): AsyncGenerator<R> {
  const it = inputs[Symbol.asyncIterator]();
  const ahead: Promise<R>[] = [];
  let done = false;
  try {
    for (;;) {
      while (!done && ahead.length < window) {
        const n = await it.next();
        if (n.done) {
          done = true;
          break;
        }
        const p = run(n.value);
        // Awaited later, in order: keep an early failure from counting as unhandled meanwhile.
        p.catch(() => {});
        ahead.push(p);
      }
      const head = ahead.shift();
      if (!head) return;
      yield await head;
    }
  } finally {
    if (!done) await it.return?.(undefined);
  }
}

export async function* extractInParallel(inputs: AsyncIterable<Input>, o: ParallelOptions): AsyncGenerator<Outcome> {
  const workerData: TaskData = { options: JSON.parse(JSON.stringify(o.options)) as CommonOptions, keepText: o.keepText };
  const pool = new WorkerPool<Task, Outcome>({ size: o.jobs, entry: workerEntry(), workerData });
  const run = async (input: Input): Promise<Outcome> => {
    const data = await o.stdinBytes(input);
    return pool.run(data ? { input, data } : { input });
  };
  try {
    yield* inOrder(inputs, run, o.window ?? Math.max(4, o.jobs * 4));
  } finally {
    await pool.close();
  }
}
