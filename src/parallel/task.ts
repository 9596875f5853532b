// Runs inside a worker thread: rebuilds the extraction options from the command-line options (so a
// --rules file is re-read here, as any option that appears later is), then extracts one input per message.
import { parentPort, workerData } from 'node:worker_threads';
import { extractOptions, processInput, type CommonOptions, type Outcome, type Problems } from '../extraction.js';
import type { Input } from '../inputs.js';
import type { Reply } from './pool.js';
import { adoptHeapGrowth } from './v8-tuning.js';

export interface TaskData {
  options: CommonOptions;
  keepText: boolean;
  heapGrowth: number;
}

export interface Task {
  input: Input;
  /** The bytes of standard input, read by the main thread. */
  data?: Uint8Array;
}

// The main thread reported any problem with the options already.
const silent: Problems = { count: 0, report() {} };

if (parentPort && workerData) {
  const port = parentPort;
  const data = workerData as TaskData;
  adoptHeapGrowth(data.heapGrowth);
  const options = extractOptions(data.options, silent);
  port.on('message', async ({ id, task }: { id: number; task: Task }) => {
    let reply: Reply<Outcome>;
    try {
      const o = await processInput(task.input, options, task.data);
      if (!data.keepText) delete o.text;
      reply = { id, ok: true, value: o };
    } catch (e) {
      const err = e as Error;
      reply = { id, ok: false, error: { message: err.message ?? String(e), stack: err.stack } };
    }
    port.postMessage(reply);
  });
}
