// A side of a comparison: articles, extracted on the fly, or files that `extract` exported
// (JSON `{schemaVersion, documents}` or NDJSON, one fact per line), validated against the contract.
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { z } from 'zod';
import { extractAll, UsageError, type Problems } from '../extraction.js';
import { displayPath } from '../inputs.js';
import type { Io } from '../io.js';
import { typeFilter, type ExtractOptions } from '../pipeline.js';
import { Export, Fact, SCHEMA_VERSION, type DocumentResult } from '../schema.js';

export interface LoadedInput {
  /** The argument as the user gave it (display form). */
  arg: string;
  kind: 'articles' | 'export';
  /** Whether the argument named one file (not a directory or a pattern). */
  single: boolean;
  documents: DocumentResult[];
}

/** A file that is not a valid export: the message names the file and the problem. */
export class ExportError extends UsageError {}

const EXPORT_EXTENSIONS = new Set(['.json', '.ndjson', '.jsonl']);

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Whether a path names an export file rather than an article. */
export function isExportPath(p: string): boolean {
  return p !== '-' && EXPORT_EXTENSIONS.has(extname(p).toLowerCase()) && isFile(p);
}

/** zod's issues on one line each: "documents[0].facts[1].id: Invalid string: must match pattern …". */
export function issuesText(error: z.ZodError, limit = 5): string {
  const lines = error.issues.slice(0, limit).map((i) => `${i.path.length ? formatPath(i.path) + ': ' : ''}${i.message}`);
  if (error.issues.length > limit) lines.push(`… and ${error.issues.length - limit} more`);
  return lines.join('; ');
}

function formatPath(path: PropertyKey[]): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${String(p)}` : String(p);
  return s;
}

function majorOf(v: string): string {
  return v.split('.')[0] ?? v;
}

/** Checks that an export's schemaVersion is one this version of extract reads. */
export function checkSchemaVersion(file: string, version: string): void {
  if (majorOf(version) !== majorOf(SCHEMA_VERSION)) throw new ExportError(`${file}: schemaVersion ${JSON.stringify(version)} is not supported (this extract reads ${majorOf(SCHEMA_VERSION)}.x)`);
}

function parseNdjson(file: string, text: string): DocumentResult[] {
  const docs = new Map<string, DocumentResult>();
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (e) {
      throw new ExportError(`${file}:${i + 1}: not valid JSON (${(e as Error).message})`);
    }
    const r = Fact.safeParse(raw);
    if (!r.success) throw new ExportError(`${file}:${i + 1}: not a valid fact: ${issuesText(r.error)}`);
    const f = r.data;
    const d = docs.get(f.evidence.file) ?? { file: f.evidence.file, date: null, title: null, facts: [] };
    d.facts.push(f);
    docs.set(f.evidence.file, d);
  });
  return [...docs.values()];
}

/** Parses the text of an export (JSON or NDJSON); throws an ExportError naming the file and the problem. */
export function parseExport(file: string, text: string): DocumentResult[] {
  const ext = extname(file).toLowerCase();
  if (ext === '.ndjson' || ext === '.jsonl') return parseNdjson(file, text);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    // `--format ndjson --out facts.json` is still an export: one fact per line.
    const first = text.split(/\r?\n/).find((l) => l.trim() !== '');
    if (first !== undefined && text.trim().split(/\r?\n/).length > 1) {
      try {
        JSON.parse(first);
        return parseNdjson(file, text);
      } catch {
        /* not NDJSON either: report the JSON error */
      }
    }
    throw new ExportError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  if (Array.isArray(raw) || raw === null || typeof raw !== 'object') throw new ExportError(`${file}: not an extract export: expected an object {"schemaVersion", "documents"}`);
  const r = Export.safeParse(raw);
  if (!r.success) throw new ExportError(`${file}: not a valid extract export: ${issuesText(r.error)}`);
  checkSchemaVersion(file, r.data.schemaVersion);
  return r.data.documents;
}

export function readExport(path: string): DocumentResult[] {
  const file = displayPath(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ExportError(`${file}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? (e as Error).message})`}`);
  }
  return parseExport(file, text);
}

/** Keeps what the options ask for: no mention.* unless --mentions, --type, --min-confidence. */
export function filterFacts(docs: DocumentResult[], options: ExtractOptions): DocumentResult[] {
  const keep = typeFilter(options.types);
  const min = options.minConfidence ?? 0;
  return docs.map((d) => ({
    ...d,
    facts: d.facts.filter((f) => (options.mentions || !f.type.startsWith('mention.')) && keep(f.type) && f.confidence >= min),
  }));
}

/** Loads every argument: exports are read and validated, articles are extracted. */
export async function loadInputs(paths: string[], options: ExtractOptions, io: Io, bad: Problems): Promise<LoadedInput[]> {
  const out: LoadedInput[] = [];
  for (const p of paths) {
    const arg = p === '-' ? '-' : displayPath(p);
    if (isExportPath(p)) {
      out.push({ arg, kind: 'export', single: true, documents: filterFacts(readExport(p), options) });
      continue;
    }
    const documents: DocumentResult[] = [];
    for await (const d of extractAll([p], options, io, bad)) documents.push(d);
    // Extraction already honours --mentions, --type and --min-confidence.
    out.push({ arg, kind: 'articles', single: p === '-' || isFile(p), documents });
  }
  return out;
}
