// The example corpus format shared by every fact family: sentences and the facts they must give.
import { norm } from '../eval/score.js';
import type { Fact } from '../schema.js';

export interface ExpectedFact {
  type: string;
  subject?: string | null;
  object?: string | null;
  /** Fields of the value that must be equal (numbers within 0.5 %; names and texts compared normalised). */
  value?: Record<string, unknown>;
  /** Prefix of time.start ("2025-03" matches "2025-03-27"); null means no resolved time. */
  time?: string | null;
  scope?: string | null;
  /** Qualifiers that must be present with these values. */
  qualifiers?: Record<string, unknown>;
}

export interface FactExample {
  /** One or more sentences; may start with a ` date YYYY-MM-DD Title` header line. */
  text: string;
  /** Reference date when the text has no header. */
  date?: string;
  /** Each must be matched by one extracted fact. */
  expect: ExpectedFact[];
  /** No extracted fact may match any of these (e.g. a type that must not fire). */
  absent?: ExpectedFact[];
  origin: 'seed' | 'own';
}

const sameName = (a: unknown, b: unknown) => norm(a) === norm(b);

function sameValue(want: unknown, got: unknown): boolean {
  if (typeof want === 'number' && typeof got === 'number') return Math.abs(want - got) <= 0.005 * Math.max(Math.abs(want), 1e-9);
  if (typeof want === 'string' && typeof got === 'string') return want === got || sameName(want, got);
  if (want && typeof want === 'object') return typeof got === 'object' && got !== null && Object.entries(want).every(([k, v]) => sameValue(v, (got as Record<string, unknown>)[k]));
  return want === got;
}

/** Whether an extracted fact satisfies an expectation (only the fields the expectation gives). */
export function matches(e: ExpectedFact, f: Fact): boolean {
  if (e.type !== f.type) return false;
  if (e.subject !== undefined && !(e.subject === null ? f.subject === null : sameName(e.subject, f.subject))) return false;
  if (e.object !== undefined && !(e.object === null ? f.object === null : sameName(e.object, f.object))) return false;
  if (e.scope !== undefined && !(e.scope === null ? f.scope === null : sameName(e.scope, f.scope))) return false;
  if (e.time !== undefined && !(e.time === null ? !f.time?.start : (f.time?.start ?? '').startsWith(e.time))) return false;
  if (e.value && !Object.entries(e.value).every(([k, v]) => sameValue(v, (f.value as Record<string, unknown>)[k]))) return false;
  if (e.qualifiers && !Object.entries(e.qualifiers).every(([k, v]) => sameValue(v, f.qualifiers[k]))) return false;
  return true;
}

export function describeFact(f: Fact): string {
  return `${f.type} ${f.subject ?? '∅'}${f.object ? ' → ' + f.object : ''} ${JSON.stringify(f.value)}${f.time?.start ? ' @' + f.time.start : ''}${f.scope ? ' in ' + f.scope : ''} ${JSON.stringify(f.qualifiers)} [${f.rule}]`;
}
