// Shared by every command that extracts: expand the inputs, read each one, extract, report problems.
// Inputs stream through one at a time (in-process, or in worker threads with --jobs); results come out
// in input order whatever the number of workers, so the output is the same for every --jobs.
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { makeDocument } from './document/index.js';
import { decode, InputError, readInput, tooLarge } from './document/read.js';
import { checkRule, compileRule, type CompiledRule } from './engine/run.js';
import { readRulesFile } from './engine/rule-spec.js';
import { loadAliases } from './names/gazetteer.js';
import { expandInputs, readPathList, type Input } from './inputs.js';
import { readAll, type Io } from './io.js';
import { lookAhead } from './parallel/look-ahead.js';
import { heapShortfall, LARGE_DOCUMENT, tuneV8, withLargeDocumentGrowth } from './parallel/v8-tuning.js';
import { extractDocument, type ExtractOptions } from './pipeline.js';
import type { DocumentResult } from './schema.js';

export interface Problems {
  /** Reports one problem on stderr and remembers that the run must exit non-zero. */
  report(message: string): void;
  count: number;
}

export function problems(io: Io): Problems {
  const p = {
    count: 0,
    report(message: string) {
      p.count++;
      io.stderr.write(`extract: ${message}\n`);
    },
  };
  return p;
}

export interface CommonOptions {
  date?: string;
  mentions?: boolean;
  rules?: string[];
  aliases?: string[];
  type?: string;
  minConfidence?: string;
  maxSize?: string;
}

export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

/** Turns command-line options into extraction options; a usage error throws. */
export function extractOptions(o: CommonOptions, bad: Problems): ExtractOptions {
  if (o.date !== undefined && !isIsoDate(o.date)) throw new UsageError(`--date must be a date as YYYY-MM-DD, got "${o.date}"`);
  let minConfidence: number | undefined;
  if (o.minConfidence !== undefined) {
    minConfidence = Number(o.minConfidence);
    if (!Number.isFinite(minConfidence) || minConfidence < 0 || minConfidence > 1) throw new UsageError(`--min-confidence must be a number from 0 to 1, got "${o.minConfidence}"`);
  }
  let maxBytes = DEFAULT_MAX_MB * 1e6;
  if (o.maxSize !== undefined) {
    const mb = Number(o.maxSize);
    if (!Number.isFinite(mb) || mb <= 0) throw new UsageError(`--max-size must be a number of megabytes above 0, got "${o.maxSize}"`);
    maxBytes = mb * 1e6;
  }
  const rules: CompiledRule[] = [];
  for (const file of o.rules ?? []) {
    const loaded = readRulesFile(file, checkRule);
    for (const e of loaded.errors) bad.report(e);
    for (const r of loaded.rules) rules.push(compileRule(r));
  }
  // An alias file that does not load is reported (naming the bad entry) and left out; the others count.
  const aliases: string[] = [];
  for (const file of o.aliases ?? []) {
    try {
      loadAliases(file);
      aliases.push(file);
    } catch (e) {
      bad.report((e as Error).message);
    }
  }
  return {
    date: o.date ?? null,
    mentions: Boolean(o.mentions),
    rules,
    aliases,
    types: o.type ? o.type.split(',').map((t) => t.trim()).filter(Boolean) : undefined,
    minConfidence,
    maxBytes,
  };
}

/**
 * The largest input read by default, in megabytes. A document is held whole in memory with what was
 * found in it, about 35 bytes per byte at its peak: 100 MB stays well inside V8's 4 GB heap, and a
 * larger file fails alone, with a clear error, instead of ending the run out of memory.
 */
export const DEFAULT_MAX_MB = 100;

export class UsageError extends Error {}

/** The full text of each document extractAll yields (kept out of the result so JSON output is unchanged). */
export const documentText = new WeakMap<DocumentResult, string>();

/** What became of one input: the problems to report (in order) and the result, if it could be read. */
export interface Outcome {
  file: string;
  /** Bytes read (0 when the input could not be read). */
  bytes: number;
  /** Messages for stderr, in the order they are reported: warnings, or why the input was skipped. */
  problems: string[];
  result?: DocumentResult;
  /** The document's full text (always in-process; from a worker only when asked for). */
  text?: string;
}

/** An input read and decoded (or the outcome of one that could not be), ready to extract. Plain data. */
export type Loaded = { input: Input; text: string; bytes: number; problems: string[] } | { input: Input; failed: Outcome };

/** Megabytes as --max-old-space-size counts them (MiB). */
const mib = (n: number) => Math.ceil(n / 2 ** 20).toLocaleString('en-US');

/** Reads (or decodes `data`, for standard input) one input. Never rejects on a bad input: it becomes an outcome. */
export async function loadInput(input: Input, data?: Uint8Array, maxBytes = Infinity): Promise<Loaded> {
  try {
    if (data !== undefined && data.length > maxBytes) throw tooLarge(input.file, data.length, maxBytes);
    const r = data !== undefined ? decode(input.file, data) : await readInput(input.file, input.path, maxBytes);
    if (r.text.trim() === '') throw new InputError(input.file, 'empty input, skipped');
    const short = heapShortfall(r.text.length);
    if (short) throw new InputError(input.file, `needs about ${mib(short.need)} MB of heap to extract, more than node's limit of ${mib(short.limit)} MB allows; split it, or give node more (NODE_OPTIONS=--max-old-space-size=MB), skipped`);
    return { input, text: r.text, bytes: data?.length ?? Buffer.byteLength(r.text), problems: [...r.warnings] };
  } catch (e) {
    if (e instanceof InputError) return { input, failed: { file: input.file, bytes: 0, problems: [e.message] } };
    throw e;
  }
}

/** Extracts one loaded input. */
export function extractLoaded(loaded: Loaded, options: ExtractOptions): Outcome {
  if ('failed' in loaded) return loaded.failed;
  const { input, text } = loaded;
  const extract = () => {
    const doc = makeDocument(input.file, text, { date: options.date ?? null });
    return { file: doc.file, date: doc.date, title: doc.title, facts: extractDocument(doc, options) } satisfies DocumentResult;
  };
  const result: DocumentResult = text.length >= LARGE_DOCUMENT ? withLargeDocumentGrowth(extract) : extract();
  return { file: input.file, bytes: loaded.bytes, problems: loaded.problems, result, text };
}

/** Reads (or decodes `data`, for standard input) and extracts one input. Used in-process and in workers alike. */
export async function processInput(input: Input, options: ExtractOptions, data?: Uint8Array): Promise<Outcome> {
  return extractLoaded(await loadInput(input, data, options.maxBytes), options);
}

/** How extractAll runs: worker threads, a list of paths to stream, progress hooks. All optional. */
export interface RunControl {
  /** Threads to extract in, the main thread included (N - 1 workers); 1 (the default) extracts in-process only. */
  jobs?: number;
  /**
   * The command-line options as given (plain, cloneable values): each worker rebuilds its extraction
   * options from them with extractOptions (so --rules files are re-read there). Without them, in-process.
   */
  workerOptions?: CommonOptions;
  /** Also read the paths listed in this file, one per line ("-": standard input), after `paths`. */
  filesFrom?: string;
  /** Whether results from workers carry the document text too (documentText); in-process always does. */
  keepText?: boolean;
  /** With jobs > 1, use workers once this many inputs are listed, whatever their size (tests); by default the inputs' bytes decide. */
  minParallelFiles?: number;
  /** The number of inputs, once known (not for --files-from). */
  onTotal?(files: number): void;
  /** Called after each input, in order. */
  onOutcome?(o: { file: string; bytes: number; facts: number; ok: boolean }): void;
}

/** The number of cores, the default for --jobs. */
export const defaultJobs = (): number => availableParallelism();

/** The inputs in order: the expanded paths (sorted), then the --files-from list (as given). */
async function* inputsOf(paths: string[], io: Io, bad: Problems, control: RunControl, stop: AbortSignal): AsyncGenerator<Input> {
  if (control.filesFrom !== undefined) {
    if (control.filesFrom === '-' && paths.includes('-')) throw new UsageError('--files-from - and the input - cannot both read standard input');
    if (control.filesFrom !== '-') {
      // A regular file or a pipe (`--files-from <(find …)`), not a directory.
      const info = await stat(control.filesFrom).catch(() => null);
      if (!info) throw new UsageError(`--files-from ${control.filesFrom}: no such file`);
      if (info.isDirectory()) throw new UsageError(`--files-from ${control.filesFrom}: is a directory, not a list of paths`);
    }
  }
  let inputs: Input[] = [];
  if (paths.length) {
    const expanded = await expandInputs(paths);
    for (const e of expanded.errors) bad.report(e);
    inputs = expanded.inputs;
  }
  if (control.filesFrom === undefined) control.onTotal?.(inputs.length);
  // Yield and drop: the list holds paths only, and shrinks as the run goes.
  inputs.reverse();
  for (let i = inputs.pop(); i; i = inputs.pop()) yield i;
  if (control.filesFrom !== undefined) yield* readPathList(control.filesFrom, io.stdin, stop);
}

/** Extracts every input in order, yielding one result per readable document. */
export async function* extractAll(paths: string[], options: ExtractOptions, io: Io, bad: Problems, control: RunControl = {}): AsyncGenerator<DocumentResult> {
  // Aborted when the run stops early: a --files-from list stops being read at once, even mid-read.
  const stopList = new AbortController();
  const source = inputsOf(paths, io, bad, control, stopList.signal);
  const stdinBytes = (input: Input) => (input.path === '-' ? readAll(io.stdin) : Promise.resolve(undefined));
  const emit = (o: Outcome): DocumentResult | undefined => {
    for (const p of o.problems) bad.report(p);
    control.onOutcome?.({ file: o.file, bytes: o.bytes, facts: o.result?.facts.length ?? 0, ok: o.result !== undefined });
    if (o.result && o.text !== undefined) documentText.set(o.result, o.text);
    return o.result;
  };
  // In this thread, reading the next input while extracting this one (the read runs on libuv's threads).
  // A path that is not there yet (a slow --files-from) is not waited for: what was read comes out first.
  // If the list of inputs fails (an unreadable --files-from), what was read before it still comes out.
  const inProcess = async function* (inputs: AsyncIterator<Input>, extract: (l: Loaded) => Outcome) {
    type Next = IteratorResult<Input> | { error: unknown };
    const nextInput = (): Promise<Next> => inputs.next().then((r) => r, (error: unknown) => ({ error }));
    const NOT_YET = Symbol('not yet');
    const oneTurn = () => new Promise<typeof NOT_YET>((r) => setImmediate(() => r(NOT_YET)));
    let ahead: Promise<Loaded> | null = null;
    let pending = nextInput();
    let finished = false;
    try {
      for (;;) {
        const got: Next | typeof NOT_YET = ahead ? await Promise.race([pending, oneTurn()]) : await pending;
        // No next path yet, the list failed, or it ended: what was read comes out first.
        if (got === NOT_YET || 'error' in got || got.done) {
          if (ahead) {
            const r = emit(extract(await ahead));
            ahead = null;
            if (r) yield r;
          }
          if (got === NOT_YET) continue;
          finished = true;
          if ('error' in got) throw got.error;
          break;
        }
        const input: Input = got.value;
        const loading: Promise<Loaded> = stdinBytes(input).then((data) => loadInput(input, data, options.maxBytes));
        loading.catch(() => {}); // awaited below, in order
        pending = nextInput();
        if (ahead) {
          const r = emit(extract(await ahead));
          if (r) yield r;
        }
        ahead = loading;
      }
    } finally {
      // The reader went away (| head -1): stop listing inputs too (first the list itself: a read of it may be
      // pending, and return() waits for it).
      if (!finished) {
        stopList.abort();
        await inputs.return?.(undefined);
      }
    }
  };
  const plain = (l: Loaded) => extractLoaded(l, options);

  const jobs = control.jobs ?? 1;
  if (jobs <= 1 || control.workerOptions === undefined) {
    tuneV8(1);
    yield* inProcess(source, plain);
    return;
  }
  // Look ahead: a small run is faster here alone; a larger one repays starting workers.
  const envMin = Number(process.env.EXTRACT_PARALLEL_MIN_FILES);
  const { parallel, inputs: all } = await lookAhead(source, control.minParallelFiles ?? (Number.isInteger(envMin) && envMin > 0 ? envMin : undefined));
  const heapGrowth = tuneV8(parallel ? jobs : 1);
  if (!parallel) {
    yield* inProcess(all, plain);
    return;
  }
  const { extractInParallel } = await import('./parallel/ordered.js');
  const load = (input: Input, data: Uint8Array | undefined) => loadInput(input, data, options.maxBytes);
  let finished = false;
  try {
    for await (const o of extractInParallel(all, { jobs, options: control.workerOptions, keepText: Boolean(control.keepText), heapGrowth, stdinBytes, load, extract: plain })) {
      const r = emit(o);
      if (r) yield r;
    }
    finished = true;
  } finally {
    if (!finished) stopList.abort();
  }
}
