// Shared by every command that extracts: expand the inputs, read each one, extract, report problems.
import { makeDocument } from './document/index.js';
import { decode, InputError, readInput } from './document/read.js';
import { checkRule, compileRule, type CompiledRule } from './engine/run.js';
import { readRulesFile } from './engine/rule-spec.js';
import { expandInputs } from './inputs.js';
import { readAll, type Io } from './io.js';
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
  type?: string;
  minConfidence?: string;
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
  const rules: CompiledRule[] = [];
  for (const file of o.rules ?? []) {
    const loaded = readRulesFile(file, checkRule);
    for (const e of loaded.errors) bad.report(e);
    for (const r of loaded.rules) rules.push(compileRule(r));
  }
  return {
    date: o.date ?? null,
    mentions: Boolean(o.mentions),
    rules,
    types: o.type ? o.type.split(',').map((t) => t.trim()).filter(Boolean) : undefined,
    minConfidence,
  };
}

export class UsageError extends Error {}

/** The full text of each document extractAll yields (kept out of the result so JSON output is unchanged). */
export const documentText = new WeakMap<DocumentResult, string>();

/** Extracts every input in order, yielding one result per readable document. */
export async function* extractAll(paths: string[], options: ExtractOptions, io: Io, bad: Problems): AsyncGenerator<DocumentResult> {
  const { inputs, errors } = await expandInputs(paths);
  for (const e of errors) bad.report(e);
  for (const input of inputs) {
    let text: string;
    try {
      const r = input.path === '-' ? decode('-', await readAll(io.stdin)) : await readInput(input.file, input.path);
      if (r.text.trim() === '') throw new InputError(input.file, 'empty input, skipped');
      for (const w of r.warnings) bad.report(w);
      text = r.text;
    } catch (e) {
      if (e instanceof InputError) {
        bad.report(e.message);
        continue;
      }
      throw e;
    }
    const doc = makeDocument(input.file, text, { date: options.date ?? null });
    const result: DocumentResult = { file: doc.file, date: doc.date, title: doc.title, facts: extractDocument(doc, options) };
    documentText.set(result, text);
    yield result;
  }
}
