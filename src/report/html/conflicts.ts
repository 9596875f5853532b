// Conflicts across articles for the report's summary, as `extract diff` finds them: src/diff's
// many-source comparison with each article as a source. mention.* facts are left out: they are
// untyped values with no subject, not claims that two articles could contradict.

import { compareMany, type Statement } from '../../diff/compare.js';
import type { DocumentResult, Fact } from '../../schema.js';

export interface ConflictSide {
  doc: number;
  facts: Fact[];
}

export interface Conflict {
  type: string;
  /** "valuation OpenAI [2024-10]". */
  description: string;
  /** Why the values conflict, beyond the numbers themselves, when diff can say. */
  reasons: string[];
  /** The first pairs of articles that contradict each other, with what each states. */
  pairs: [ConflictSide, ConflictSide][];
  /** How many pairs contradict each other in all (thousands of articles split in two make millions). */
  pairCount: number;
}

/** Pairs listed per conflict: a reader checks a few; the count says how many there are. */
export const PAIRS_SHOWN = 50;

export function findConflicts(docs: readonly DocumentResult[]): Conflict[] {
  // A source per article; the same file given twice still counts as two sources.
  const names = new Map<string, number>();
  const sources = docs.map((d) => {
    const n = (names.get(d.file) ?? 0) + 1;
    names.set(d.file, n);
    return n === 1 ? d.file : `${d.file} (${n})`;
  });
  const docOf = new Map(sources.map((s, i) => [s, i]));
  const statements: Statement[] = docs.flatMap((d, i) =>
    d.facts.filter((f) => !f.type.startsWith('mention.')).map((fact) => ({ fact, source: sources[i]! })),
  );
  const out: Conflict[] = [];
  for (const row of compareMany(statements, { listPairs: PAIRS_SHOWN })) {
    if (row.status !== 'conflict') continue;
    const factsOf = new Map(row.sources.map((s) => [s.source, s.facts]));
    const side = (source: string): ConflictSide => ({ doc: docOf.get(source)!, facts: factsOf.get(source) ?? [] });
    out.push({ type: row.parts.type, description: row.description, reasons: row.reasons, pairs: row.conflicts.map(([a, b]) => [side(a), side(b)]), pairCount: row.conflictCount ?? row.conflicts.length });
  }
  return out;
}
