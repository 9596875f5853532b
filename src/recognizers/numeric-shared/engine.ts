// The small engine the numeric recognizers share: named parsers (one global regex and one extract
// function each, chrono-node style), overlap resolution and mention construction.
import type { Value } from '../../schema.js';
import type { Mention, MentionKind } from '../types.js';
import { type TokenKind, windowsAround } from './tokens.js';

/** A value found by a parser, before it becomes a Mention. */
export interface Candidate {
  start: number;
  end: number;
  value: Value;
  qualifiers: Record<string, unknown>;
  /** Name of the parser that produced it (for debugging). */
  parser?: string;
  /** Parser-private data for post-processing (never emitted). */
  meta?: { raw?: string; exp?: number; prefix?: boolean; unit?: string };
}

export interface Parser {
  /** A short name ("symbol-prefix", "suffix-word"…). */
  name: string;
  /**
   * A global (`g`) regex. Without `triggers` it runs once over the whole text; with them, once
   * over each window around a trigger token (same results, far less text to scan).
   */
  pattern: RegExp;
  /** Token kinds (tokens.ts) that every match of `pattern` contains. */
  triggers?: readonly TokenKind[];
  /** How far a match may reach before and after its trigger token: [before, after]. */
  window?: readonly [number, number];
  /** Turns one match into zero, one or several candidates. Must not throw. */
  extract(m: RegExpExecArray, text: string): Candidate | Candidate[] | null;
}

function collect(p: Parser, m: RegExpExecArray, text: string, out: Candidate[]): void {
  let r: Candidate | Candidate[] | null = null;
  try {
    r = p.extract(m, text);
  } catch {
    r = null;
  }
  if (r === null) return;
  if (Array.isArray(r)) {
    for (const c of r) {
      c.parser ??= p.name;
      out.push(c);
    }
  } else {
    r.parser ??= p.name;
    out.push(r);
  }
}

function runOne(p: Parser, text: string, sub: string, offset: number, out: Candidate[]): void {
  const re = p.pattern;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sub)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    m.index += offset;
    collect(p, m, text, out);
  }
  re.lastIndex = 0;
}

interface Group {
  parsers: Parser[];
  triggers: readonly TokenKind[];
  before: number;
  after: number;
  key: string;
}
interface Plan {
  whole: Parser[];
  groups: Group[];
}
const plans = new WeakMap<readonly Parser[], Plan>();

/** Groups parsers that share triggers and window (computed once per parser list). */
function planFor(parsers: readonly Parser[]): Plan {
  let plan = plans.get(parsers);
  if (plan) return plan;
  plan = { whole: [], groups: [] };
  const byKey = new Map<string, Group>();
  for (const p of parsers) {
    if (!p.triggers) {
      plan.whole.push(p);
      continue;
    }
    const [before, after] = p.window ?? [48, 48];
    const key = `${p.triggers.join(',')}:${before}:${after}`;
    let g = byKey.get(key);
    if (!g) {
      g = { parsers: [], triggers: p.triggers, before, after, key };
      byKey.set(key, g);
      plan.groups.push(g);
    }
    g.parsers.push(p);
  }
  plans.set(parsers, plan);
  return plan;
}

/**
 * Runs every parser over `text` and returns all candidates: over the whole text, or, for parsers
 * with `triggers`, over the windows around their trigger tokens (parsers with the same triggers
 * and window share the windows).
 */
export function runParsers(parsers: readonly Parser[], text: string): Candidate[] {
  const out: Candidate[] = [];
  const plan = planFor(parsers);
  for (const p of plan.whole) runOne(p, text, text, 0, out);
  for (const g of plan.groups) {
    const windows = windowsAround(text, g.triggers, g.before, g.after, g.key);
    for (let i = 0; i < windows.length; i += 2) {
      const s = windows[i]!;
      const e = windows[i + 1]!;
      const sub = s === 0 && e === text.length ? text : text.slice(s, e);
      for (const p of g.parsers) runOne(p, text, sub, s, out);
    }
  }
  return out;
}

/**
 * Keeps non-overlapping candidates: when two overlap, the longer wins (ties: the earlier one).
 * Returns them sorted by start.
 */
export function resolveOverlaps(cands: Candidate[]): Candidate[] {
  const sorted = cands.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const last = kept[kept.length - 1];
    if (!last || c.start >= last.end) {
      kept.push(c);
    } else if (c.end - c.start > last.end - last.start) {
      // c starts inside last; it may only replace last if it does not reach back over the one before.
      const prev = kept[kept.length - 2];
      if (!prev || c.start >= prev.end) kept[kept.length - 1] = c;
    }
  }
  return kept;
}

/** Sorts spans and merges overlapping ones, so that `overlapsAny` can binary-search them. */
export function unionSpans(spans: ReadonlyArray<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const sorted = spans.map((s) => ({ start: s.start, end: s.end })).sort((a, b) => a.start - b.start);
  const out: Array<{ start: number; end: number }> = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push(s);
  }
  return out;
}

/** True when [start, end) overlaps any span of a list made by `unionSpans`. */
export function overlapsAny(spans: ReadonlyArray<{ start: number; end: number }>, start: number, end: number): boolean {
  // binary search for the first span whose end > start
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const s = spans[lo];
  return s !== undefined && s.start < end;
}

export function toMention(text: string, kind: MentionKind, source: string, c: Candidate): Mention {
  return {
    kind,
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    value: c.value,
    qualifiers: c.qualifiers,
    source,
  };
}

/** A deep-enough copy so callers can change a mention without touching the memoized one. */
export function cloneMention(m: Mention): Mention {
  return { ...m, value: { ...m.value }, qualifiers: structuredCloneSafe(m.qualifiers) };
}

function structuredCloneSafe(q: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(q)) out[k] = v !== null && typeof v === 'object' ? { ...(v as object) } : v;
  return out;
}

export { memoLast, type Memo } from './memo.js';
