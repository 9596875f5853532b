// Extraction on several threads with results in input order. The main thread is one of the --jobs
// threads (it would otherwise mostly wait), the others are workers; a bounded window of inputs is in
// flight, each given to whichever thread is free first, and outcomes are handed on strictly in input
// order, so the output is the same for every --jobs.
import type { CommonOptions, Loaded, Outcome } from '../extraction.js';
import type { Input } from '../inputs.js';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../../bin/bundle.js';
import { workerBundle } from './bundle.js';
import { WorkerPool } from './pool.js';
import type { Task, TaskData } from './task.js';

export interface ParallelOptions {
  /** Threads in all, the main thread included (so jobs - 1 workers). At least 2. */
  jobs: number;
  /** The command-line options; each worker rebuilds its extraction options from them. */
  options: CommonOptions;
  keepText: boolean;
  /** The heap growth the main thread set (v8-tuning.ts), for the workers to restore after a large document. */
  heapGrowth: number;
  /** The bytes of an input the workers cannot read themselves (standard input), else undefined. */
  stdinBytes(input: Input): Promise<Uint8Array | undefined>;
  /** Reads one input for the main thread (started while the main thread extracts the one before). */
  load(input: Input, data: Uint8Array | undefined): Promise<Loaded>;
  /** Extracts one read input on the main thread. */
  extract(loaded: Loaded): Outcome;
  /** Inputs in flight or finished but not yet handed on (default 8 per thread): bounds memory. */
  window?: number;
}

/** The worker entry: the task bundled as plain JavaScript (bundle.ts), else the tsx shim (worker.mjs). */
export function workerEntry(): URL {
  // Not relative to this module: it may itself be running from the bundle of the command line.
  return workerBundle() ?? pathToFileURL(join(packageRoot, 'src', 'parallel', 'worker.mjs'));
}

/** Yields `run(x)` for every input, in input order, with at most `window` inputs started and not yet handed on. */
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

interface Job {
  input: Input;
  data: Uint8Array | undefined;
  resolve(o: Outcome): void;
  reject(e: unknown): void;
}

export async function* extractInParallel(inputs: AsyncIterable<Input>, o: ParallelOptions): AsyncGenerator<Outcome> {
  // Plain JSON options only: functions and undefined values are dropped.
  const workerData: TaskData = { options: JSON.parse(JSON.stringify(o.options)) as CommonOptions, keepText: o.keepText, heapGrowth: o.heapGrowth };
  // No resource limits: a young generation of 24 MB (once set to save memory) made a worker collect twice
  // as often as the main thread (32 MB with --jobs 2: 10.9 s with it, 10.05 s without; 240 → 252 MB).
  const pool = new WorkerPool<Task, Outcome>({ size: Math.max(1, o.jobs - 1), entry: workerEntry(), workerData });
  const waiting: Job[] = [];
  // The main thread's jobs: the one it extracts and the next, already being read (read only when its turn
  // came, each file left the main thread idle 3 to 5% of a run).
  const mine: { job: Job; loading: Promise<Loaded> }[] = [];
  let mainBusy = false;
  let stopped = false;
  const startMain = (): void => {
    if (mainBusy || stopped || !mine.length) return;
    mainBusy = true;
    // On a later turn: the main thread first hands on what is ready, then extracts.
    setImmediate(() => {
      if (stopped) return; // the reader went away meanwhile: do not start another document
      const { job, loading } = mine[0]!;
      loading
        .then((l) => {
          if (stopped) throw new Error('the run was stopped'); // the reader went away while the input was read
          return o.extract(l);
        })
        .then(job.resolve, job.reject)
        .finally(() => {
          mine.shift();
          mainBusy = false;
          pump();
        });
    });
  };
  const toMain = (job: Job): void => {
    const loading = o.load(job.input, job.data);
    loading.catch(() => {}); // awaited in its turn
    mine.push({ job, loading });
  };
  const toWorker = (j: Job): void => {
    pool.run(j.data ? { input: j.input, data: j.data } : { input: j.input }).then(j.resolve, j.reject);
  };
  // Threads take turns while they hold little: the main thread when it holds none, a worker when it holds
  // none, the main thread's second (read ahead), then the rest of a worker's four. Before, a worker took up
  // to four first: two large inputs both went to it, and the main thread sat idle.
  const pump = (): void => {
    while (waiting.length) {
      if (mine.length === 0) toMain(waiting.shift()!);
      else if (pool.hasFewer(1)) toWorker(waiting.shift()!);
      else if (mine.length < 2) toMain(waiting.shift()!);
      else if (pool.hasRoom()) toWorker(waiting.shift()!);
      else break;
    }
    startMain();
  };
  const run = async (input: Input): Promise<Outcome> => {
    const data = await o.stdinBytes(input);
    return new Promise<Outcome>((resolve, reject) => {
      waiting.push({
        input,
        data,
        resolve: (r) => {
          resolve(r);
          pump();
        },
        reject,
      });
      pump();
    });
  };
  try {
    yield* inOrder(inputs, run, o.window ?? Math.max(8, o.jobs * 8));
  } finally {
    stopped = true;
    waiting.length = 0;
    mine.length = 0;
    await pool.close();
  }
}
