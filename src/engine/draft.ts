// A fact before it has an id and evidence: what rules and refiners pass along.
import { createHash, hash } from 'node:crypto';
import type { Document, Sentence } from '../document/index.js';
import { validateFact, type Fact, type Time, type Value } from '../schema.js';

export interface Draft {
  type: string;
  subject: string | null;
  object: string | null;
  value: Value;
  time: Time | null;
  scope: string | null;
  qualifiers: Record<string, unknown>;
  /** Evidence span (offsets into the document text). */
  start: number;
  end: number;
  sentence: Sentence | null;
  confidence: number;
  rule: string;
  /** For a fact that continues another (an enumeration): where that one's evidence starts; it shares its period. */
  continues?: number;
}

/** The number a value stands for, when it has one. */
export function numberOf(v: Value): number | undefined {
  switch (v.kind) {
    case 'count':
    case 'percent':
      return v.number;
    case 'money':
      return v.amount;
    case 'multiplier':
      return v.factor;
    case 'rank':
      return v.rank;
    default:
      return undefined;
  }
}

/** `parties` ("subject\0object") only for a fact that shares its words, type and value with another. */
export function factId(file: string, type: string, start: number, end: number, value: Value, parties?: string): string {
  const key = `${file}\u0000${type}\u0000${start}\u0000${end}\u0000${JSON.stringify(value)}${parties === undefined ? '' : `\u0000${parties}`}`;
  // crypto.hash (one call, no Hash object) where this Node has it: the same digest, a third of the time.
  return (typeof hash === 'function' ? hash('sha1', key, 'hex') : createHash('sha1').update(key).digest('hex')).slice(0, 16);
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Turns a draft into a contract-valid fact with its evidence. */
export function toFact(doc: Document, d: Draft): Fact {
  const { line, column } = doc.lines.position(d.start);
  const sentence = d.sentence ? doc.text.slice(d.sentence.start, d.sentence.end) : doc.text.slice(d.start, d.end);
  const qualifiers: Record<string, unknown> = {};
  for (const k of Object.keys(d.qualifiers).sort()) if (d.qualifiers[k] !== undefined) qualifiers[k] = d.qualifiers[k];
  return validateFact({
    id: factId(doc.file, d.type, d.start, d.end, d.value),
    type: d.type,
    subject: d.subject,
    object: d.object,
    value: d.value,
    time: d.time,
    scope: d.scope,
    qualifiers,
    evidence: { file: doc.file, line, column, start: d.start, end: d.end, text: doc.text.slice(d.start, d.end), sentence },
    confidence: round(Math.min(1, Math.max(0, d.confidence))),
    rule: d.rule,
  });
}
