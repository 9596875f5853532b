// A small pool of worker threads running one task module. Each worker holds at most `depth` tasks,
// so a slow document does not hold up the others for long and a worker never waits for the next one.
import { Worker } from 'node:worker_threads';

/** What a task module posts back for one task. */
export type Reply<R> = { id: number; ok: true; value: R } | { id: number; ok: false; error: { message: string; stack?: string } };

interface Pending<R> {
  resolve(v: R): void;
  reject(e: Error): void;
}

interface Slot {
  worker: Worker;
  busy: number;
}

export interface PoolOptions {
  /** Number of worker threads. */
  size: number;
  /** The worker's entry: a .mjs shim (TypeScript tasks under tsx) or a .js file. */
  entry: URL;
  /** Passed to every worker as `workerData`. */
  workerData?: unknown;
  /**
   * Tasks in flight per worker (default 4: the next ones wait in the worker, not in the main thread). With
   * --jobs 2 the main thread also extracts and hands out work only between its own documents, so a worker
   * holding two ran out while the main thread was on a long one (32 MB: 10.4 s with 2, 9.4 s with 4).
   */
  depth?: number;
}

/** Thrown when a worker fails outside a task (it could not start, or it crashed). */
export class WorkerError extends Error {}

export class WorkerPool<T, R> {
  /** Worker threads started in this thread so far (to tell, in tests, whether a run used workers). */
  static started = 0;
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, Pending<R>>();
  private readonly owner = new Map<number, Slot>();
  private readonly queue: { id: number; task: T; transfer?: ArrayBuffer[] }[] = [];
  private readonly depth: number;
  private nextId = 0;
  private failure: Error | null = null;
  private closed = false;

  constructor(options: PoolOptions) {
    this.depth = Math.max(1, options.depth ?? 4);
    for (let i = 0; i < Math.max(1, options.size); i++) {
      const worker = new Worker(options.entry, { workerData: options.workerData, stdout: false, stderr: false });
      WorkerPool.started++;
      const slot: Slot = { worker, busy: 0 };
      worker.on('message', (m: Reply<R>) => this.settle(slot, m));
      worker.on('error', (e: Error) => this.fail(new WorkerError(`worker thread failed: ${e.stack ?? e.message}`)));
      worker.on('exit', (code) => {
        if (!this.closed) this.fail(new WorkerError(`worker thread exited unexpectedly (code ${code})`));
      });
      this.slots.push(slot);
    }
  }

  /** Whether a task given now would start on a worker at once (not wait in the queue). */
  hasRoom(): boolean {
    return this.hasFewer(this.depth);
  }

  /** Whether some worker holds fewer than `n` tasks (and a task given now would go to it at once). */
  hasFewer(n: number): boolean {
    return !this.failure && !this.closed && this.queue.length === 0 && this.slots.some((s) => s.busy < Math.min(n, this.depth));
  }

  /** Runs one task on the first free worker; resolves with the worker's reply. */
  run(task: T, transfer?: ArrayBuffer[]): Promise<R> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new WorkerError('the pool is closed'));
    const id = this.nextId++;
    const p = new Promise<R>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.queue.push({ id, task, transfer });
    this.dispatch();
    return p;
  }

  private dispatch(): void {
    while (this.queue.length) {
      // The least busy worker, if it has room.
      let best: Slot | undefined;
      for (const s of this.slots) if (s.busy < this.depth && (!best || s.busy < best.busy)) best = s;
      if (!best) return;
      const { id, task, transfer } = this.queue.shift()!;
      best.busy++;
      this.owner.set(id, best);
      best.worker.postMessage({ id, task }, transfer ?? []);
    }
  }

  private settle(slot: Slot, m: Reply<R>): void {
    const p = this.pending.get(m.id);
    if (!p) return;
    this.pending.delete(m.id);
    this.owner.delete(m.id);
    slot.busy--;
    if (m.ok) p.resolve(m.value);
    else {
      const e = new Error(m.error.message);
      if (m.error.stack) e.stack = m.error.stack;
      p.reject(e);
    }
    this.dispatch();
  }

  private fail(e: Error): void {
    if (this.failure || this.closed) return;
    this.failure = e;
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
    this.queue.length = 0;
    void this.close();
  }

  /** Stops every worker (tasks still running are abandoned). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
