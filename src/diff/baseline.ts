// The committed fact base of `extract check`: stable JSON (sorted keys, two-space indent, one final
// newline), no timestamps, no absolute paths, documents by file and facts by position, so that it
// diffs cleanly in version control. It is an export too: `extract diff facts.lock.json articles/` works.
import { readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { z } from 'zod';
import { factId } from '../engine/draft.js';
import { UsageError } from '../extraction.js';
import { writeFileAtomic } from '../io.js';
import { DocumentResult, Export, SCHEMA_VERSION, type Fact } from '../schema.js';
import { checkSchemaVersion, issuesText } from './load.js';
import { stableStringify } from './stable.js';

export const BASELINE_KIND = 'extract-baseline';

export const Baseline = Export.extend({
  kind: z.literal(BASELINE_KIND).optional(),
  documents: z.array(DocumentResult),
}).strict();
export type Baseline = z.infer<typeof Baseline>;

/** A baseline that cannot be used: the message names the file and the problem. */
export class BaselineError extends UsageError {}

/** A path as a baseline stores it: relative to `cwd` when it was absolute, with `/` separators. */
export function portablePath(file: string, cwd: string): string {
  if (file === '-') return file;
  let p = isAbsolute(file) ? relative(cwd, file) : file;
  p = p.replace(/\\/g, '/');
  while (p.startsWith('./')) p = p.slice(2);
  return p;
}

function portableFact(f: Fact, file: string): Fact {
  if (f.evidence.file === file) return f;
  // The id hashes the path: recompute it for the path the baseline keeps.
  return { ...f, id: factId(file, f.type, f.evidence.start, f.evidence.end, f.value), evidence: { ...f.evidence, file } };
}

const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** Documents with portable paths, sorted by file, their facts by position. */
export function normaliseDocuments(docs: DocumentResult[], cwd: string): DocumentResult[] {
  return docs
    .map((d) => {
      const file = portablePath(d.file, cwd);
      const facts = d.facts
        .map((f) => portableFact(f, portablePath(f.evidence.file, cwd)))
        .sort((a, b) => a.evidence.start - b.evidence.start || a.evidence.end - b.evidence.end || cmp(a.type, b.type) || cmp(a.id, b.id));
      return { file, date: d.date, title: d.title, facts };
    })
    .sort((a, b) => cmp(a.file, b.file));
}

/** The bytes of a baseline: the same documents always give the same text. */
export function baselineText(docs: DocumentResult[], cwd: string): string {
  return stableStringify({ kind: BASELINE_KIND, schemaVersion: SCHEMA_VERSION, documents: normaliseDocuments(docs, cwd) }, 2) + '\n';
}

export function writeBaseline(path: string, docs: DocumentResult[], cwd: string): void {
  writeFileAtomic(path, baselineText(docs, cwd));
}

/** Parses a baseline's text; throws a BaselineError naming the file and what is wrong. */
export function parseBaseline(file: string, text: string): DocumentResult[] {
  if (text.trim() === '') throw new BaselineError(`baseline ${file}: the file is empty (run with --update to write it)`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new BaselineError(`baseline ${file}: not valid JSON (${(e as Error).message})`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new BaselineError(`baseline ${file}: does not match the baseline schema: expected an object {"kind", "schemaVersion", "documents"}`);
  const kind = (raw as { kind?: unknown }).kind;
  if (kind !== undefined && kind !== BASELINE_KIND) throw new BaselineError(`baseline ${file}: kind is ${JSON.stringify(kind)}, expected "${BASELINE_KIND}"`);
  const r = Baseline.safeParse(raw);
  if (!r.success) throw new BaselineError(`baseline ${file}: does not match the baseline schema: ${issuesText(r.error)}`);
  try {
    checkSchemaVersion(`baseline ${file}`, r.data.schemaVersion);
  } catch (e) {
    throw new BaselineError(`${(e as Error).message}; run with --update to rewrite it`);
  }
  const seen = new Set<string>();
  for (const d of r.data.documents) {
    if (seen.has(d.file)) throw new BaselineError(`baseline ${file}: document "${d.file}" is listed twice`);
    seen.add(d.file);
  }
  return r.data.documents;
}

/** Reads a baseline; null when the file does not exist. */
export function readBaseline(path: string): DocumentResult[] | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    throw new BaselineError(`baseline ${path}: cannot read (${code === 'EISDIR' ? 'it is a directory' : (code ?? (e as Error).message)})`);
  }
  return parseBaseline(path, text);
}
