// Whether two statements of the same fact agree. Values are compared with their hedges and with the
// rounding their wording implies: "more than 1.25 million" agrees with 1,252,925, "12 million" with
// 12,3xx,xxx, "largest outside the United States" with "second-largest, following the United States".
import type { Fact } from '../schema.js';
import { valueText } from '../report/text.js';
import { canonical, RELATION_TYPES, SYMMETRIC_TYPES, words } from './key.js';
import { stableStringify } from './stable.js';

export interface Range {
  lo: number;
  hi: number;
}

export interface Agreement {
  agree: boolean;
  /** Why two values do not agree, when it is not simply that the numbers differ. */
  reason?: string;
  /** Differences that do not make a conflict (one says "planned", the other states it as done). */
  notes?: string[];
}

/** The unit of the last significant digit: 1,250,000 → 10,000; 42.5 → 0.1; 40 → 10. */
export function unitOf(x: number): number {
  const a = Math.abs(x);
  if (a === 0 || !Number.isFinite(a)) return 1;
  if (Number.isInteger(a)) {
    let u = 1;
    let n = a;
    while (n >= 10 && n % 10 === 0) {
      n /= 10;
      u *= 10;
    }
    return u;
  }
  const s = a.toPrecision(12).replace(/0+$/, '');
  const dot = s.indexOf('.');
  return dot === -1 ? 1 : 10 ** -(s.length - dot - 1);
}

function significantDigits(x: number): number {
  const a = Math.abs(x);
  if (a === 0) return 1;
  return String(Math.round(a / unitOf(a))).length;
}

/**
 * How far an unhedged figure may be from the true one. Counts and money of 1,000 or more stated with
 * three significant digits or fewer are rounded ("$157 billion", "12 million"): half a unit of the last
 * digit (12 million is 11.5 to 12.5 million), at least 0.5 % and at most 5 %. Precise figures (1,252,925) and small counts (12 offices) are
 * exact. Percentages and multipliers are good to half a unit of their last decimal (40% → ±0.5).
 */
export function roundingTolerance(x: number, kind: string): number {
  const a = Math.abs(x);
  if (kind === 'count' || kind === 'money') {
    if (a < 1000 || significantDigits(a) > 3) return 0;
    return Math.min(Math.max(unitOf(a) / 2, 0.005 * a), 0.05 * a);
  }
  if (kind === 'percent' || kind === 'multiplier') {
    const u = Number.isInteger(a) ? 1 : unitOf(a);
    return u / 2;
  }
  return 0;
}

/** The range of true values a stated figure allows, hedge included. */
export function hedgedRange(x: number, approx: string | null | undefined, kind: string): Range {
  const a = Math.abs(x);
  const u = kind === 'percent' || kind === 'multiplier' ? (Number.isInteger(a) ? 1 : unitOf(a)) : unitOf(a);
  const five = 0.05 * a;
  switch (approx) {
    case 'more_than':
    case 'over':
    case 'at_least':
      return { lo: x, hi: x + Math.max(u, five) };
    case 'nearly':
      return { lo: x - Math.max(Math.min(u, 0.1 * a), five), hi: x };
    case 'about': {
      const d = Math.max(five, Math.min(u / 2, 0.1 * a));
      return { lo: x - d, hi: x + d };
    }
    case 'less_than':
      return { lo: x - Math.max(u, five), hi: x };
    case 'up_to':
      return { lo: Math.min(0, x), hi: x };
    default: {
      const t = roundingTolerance(x, kind);
      return { lo: x - t, hi: x + t };
    }
  }
}

/** Whether two ranges share a value. Two rounded ranges that only touch do not ("12 million" / "13 million"). */
export function overlaps(a: Range, b: Range): boolean {
  const scale = Math.max(Math.abs(a.lo), Math.abs(a.hi), Math.abs(b.lo), Math.abs(b.hi), 1);
  const eps = 1e-9 * scale;
  const shared = Math.min(a.hi, b.hi) - Math.max(a.lo, b.lo);
  const point = a.hi - a.lo <= eps || b.hi - b.lo <= eps;
  return point ? shared >= -eps : shared > eps;
}

function names(v: unknown): string[] {
  if (typeof v === 'string') return v.trim() ? [v] : [];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string' && x.trim() !== '');
  return [];
}

/**
 * The overall rank a rank value stands for: "top 10" is 1..10; "largest outside the United States"
 * (rank 1, excluding one) is 2, as is "second-largest, following the United States".
 */
export function rankRange(f: Fact): Range | null {
  if (f.value.kind !== 'rank') return null;
  const r = f.value.rank;
  const q = f.qualifiers;
  if (q.bound === 'top' || q.bound === 'within') return { lo: 1, hi: r };
  // The rank recognizer counts the excluded ones in already (rank 2 with statedAs 1); add them only when the
  // rank is the one stated.
  const adjusted = typeof q.statedAs === 'number' && q.statedAs !== r;
  const excluded = adjusted ? 0 : names(q.excluding).length;
  return { lo: r + excluded, hi: r + excluded };
}

/** Who is said to rank ahead ("following the United States", "outside the United States"). */
function leaders(f: Fact): string[] {
  return [...new Set([...names(f.qualifiers.excluding), ...names(f.qualifiers.after)].map(canonical))].sort();
}

export interface Amount {
  currency: string;
  range: Range;
}

/** The amounts a money figure states, by currency: its own, and its stated equivalent with 5 % of slack. */
export function amounts(f: Fact): Amount[] {
  if (f.value.kind !== 'money') return [];
  const approx = f.qualifiers.approx;
  const out: Amount[] = [{ currency: f.value.currency, range: hedgedRange(f.value.amount, approx, 'money') }];
  const eq = f.qualifiers.equivalent;
  if (eq && typeof eq.amount === 'number' && typeof eq.currency === 'string') {
    // A converted figure is rounded by whoever converted it: allow 5 % either way.
    const r = hedgedRange(eq.amount, approx, 'money');
    const slack = 0.05 * Math.abs(eq.amount);
    out.push({ currency: eq.currency.toUpperCase(), range: { lo: r.lo - slack, hi: r.hi + slack } });
  }
  return out;
}

function moneyAgreement(a: Fact, b: Fact): Agreement {
  const x = amounts(a);
  const y = amounts(b);
  let common = false;
  for (const p of x)
    for (const q of y)
      if (p.currency === q.currency) {
        common = true;
        if (overlaps(p.range, q.range)) return { agree: true };
      }
  if (!common) return { agree: false, reason: `different currencies (${x.map((p) => p.currency).join('/')} and ${y.map((q) => q.currency).join('/')}), no stated equivalent` };
  return { agree: false };
}

/** A small amount qualifier (an investor's stake, a deal's price), as a number and a currency. */
function qualifierAmount(v: unknown): { amount: number; currency: string } | null {
  if (typeof v === 'number') return { amount: v, currency: '' };
  if (v && typeof v === 'object' && typeof (v as { amount?: unknown }).amount === 'number') {
    const o = v as { amount: number; currency?: unknown };
    return { amount: o.amount, currency: typeof o.currency === 'string' ? o.currency : '' };
  }
  return null;
}

/** Whether two titles name the same role: "Chief Strategy Officer (CSO)", "chief strategy officer", "CSO". */
export function titlesAgree(a: string, b: string): boolean {
  const forms = (s: string): string[] => {
    const paren = [...s.matchAll(/\(([^)]*)\)/g)].map((m) => words(m[1]!));
    const main = words(s.replace(/\([^)]*\)/g, ' '));
    const acronym = main
      .split(' ')
      .filter((w) => w && !['of', 'and', 'the', 'for', '&'].includes(w))
      .map((w) => w[0])
      .join('');
    return [main, ...paren, acronym].filter((x) => x.length > 0);
  };
  const fa = forms(a);
  const fb = forms(b);
  const [ma, mb] = [fa[0] ?? '', fb[0] ?? ''];
  if (ma === mb) return true;
  if (ma && mb && (` ${ma} `.includes(` ${mb} `) || ` ${mb} `.includes(` ${ma} `))) return true;
  return fa.some((x) => fb.includes(x) && x.length >= 2);
}

function statusNote(a: Fact, b: Fact): string[] {
  const sa = a.qualifiers.status ?? 'stated as done';
  const sb = b.qualifiers.status ?? 'stated as done';
  return sa === sb ? [] : [`status: ${sa} / ${sb}`];
}

/** Whether the values of two facts with the same key agree. */
export function agreement(a: Fact, b: Fact): Agreement {
  const notes = statusNote(a, b);
  const withNotes = (r: Agreement): Agreement => (notes.length ? { ...r, notes } : r);
  const va = a.value;
  const vb = b.value;
  if (va.kind !== vb.kind) return withNotes({ agree: false, reason: `a ${va.kind} and a ${vb.kind}` });
  switch (va.kind) {
    case 'count':
    case 'percent':
    case 'multiplier': {
      const x = va.kind === 'multiplier' ? va.factor : va.number;
      const y = vb.kind === 'multiplier' ? vb.factor : (vb as { number: number }).number;
      if (x === y && (a.qualifiers.approx ?? null) === (b.qualifiers.approx ?? null)) return withNotes({ agree: true });
      return withNotes({ agree: overlaps(hedgedRange(x, a.qualifiers.approx, va.kind), hedgedRange(y, b.qualifiers.approx, va.kind)) });
    }
    case 'money':
      return withNotes(moneyAgreement(a, b));
    case 'rank': {
      const ra = rankRange(a)!;
      const rb = rankRange(b)!;
      if (!overlaps(ra, rb)) return withNotes({ agree: false });
      const la = leaders(a);
      const lb = leaders(b);
      if (la.length && lb.length && la.join('|') !== lb.join('|')) return withNotes({ agree: false, reason: `ranked behind different leaders (${la.join(', ')} / ${lb.join(', ')})` });
      return withNotes({ agree: true });
    }
    case 'entity': {
      // A relation's entity is its other party, already in the key (and either way round for a partnership).
      if (!RELATION_TYPES.has(a.type) && canonical(va.name) !== canonical((vb as { name: string }).name)) return withNotes({ agree: false });
      const qa = a.qualifiers;
      const qb = b.qualifiers;
      // "Seoul, its third office in Asia" vs "its second in Asia": ranks within the same region must match.
      // A rank with no region ("its first office in Seoul", "its third base") is in no known set: not compared.
      if (typeof qa.rank === 'number' && typeof qb.rank === 'number' && typeof qa.region === 'string' && typeof qb.region === 'string' && canonical(qa.region) === canonical(qb.region) && qa.rank !== qb.rank) {
        return withNotes({ agree: false, reason: `ranked #${qa.rank} and #${qb.rank}${typeof qa.region === 'string' ? ` in ${qa.region}` : ''}` });
      }
      const ma = qualifierAmount(qa.amount);
      const mb = qualifierAmount(qb.amount);
      if (ma && mb && ma.currency === mb.currency && !overlaps(hedgedRange(ma.amount, qa.approx, 'money'), hedgedRange(mb.amount, qb.approx, 'money'))) {
        return withNotes({ agree: false, reason: `amounts ${ma.amount} and ${mb.amount}` });
      }
      return withNotes({ agree: true });
    }
    case 'text': {
      const tb = (vb as { text: string }).text;
      if (a.type === 'quote') return withNotes({ agree: words(va.text) === words(tb) });
      return withNotes({ agree: titlesAgree(va.text, tb) });
    }
  }
}

export function valuesAgree(a: Fact, b: Fact): boolean {
  return agreement(a, b).agree;
}

/**
 * What a fact states, for exact comparison (`check`, `diff --exact`): its value and qualifiers, but
 * not where it was found, its id, confidence or rule, nor the other spans that repeat it.
 */
export function signature(f: Fact): string {
  const { alsoAt: _alsoAt, ...q } = f.qualifiers;
  return stableStringify({ value: f.value, qualifiers: q });
}

const APPROX_WORDS: Record<string, string> = {
  more_than: 'more than', over: 'over', nearly: 'nearly', about: 'about', up_to: 'up to', less_than: 'less than', at_least: 'at least',
};

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

const SCALES: [number, string][] = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];

/** "1.2 billion" for 1,200,000,000, but 1,252,925 in full: a round figure reads as words, a precise one stays precise. */
export function compactNumber(n: number): string {
  const a = Math.abs(n);
  for (const [unit, word] of SCALES) {
    if (a < unit) continue;
    const v = n / unit;
    const milli = v * 1000;
    if (Math.abs(milli - Math.round(milli)) < 1e-6) return `${Number(v.toFixed(3))} ${word}`;
    break;
  }
  return fmt(n);
}

function compactValue(v: Fact['value']): string {
  if (v.kind === 'count') return compactNumber(v.number);
  if (v.kind === 'money') return `${compactNumber(v.amount)} ${v.currency}`;
  return valueText(v);
}

/** A value as a reader says it, hedge and the qualifiers that bear on it included: "more than 1,250,000". */
export function valueShown(f: Fact): string {
  const q = f.qualifiers;
  const approx = typeof q.approx === 'string' ? `${APPROX_WORDS[q.approx] ?? q.approx} ` : '';
  let s: string;
  if (f.value.kind === 'rank' && (q.bound === 'top' || q.bound === 'within')) s = `top ${f.value.rank}${f.value.of !== undefined ? ` of ${f.value.of}` : ''}`;
  // A partnership reads either way round: its entity is the other party, already in the fact's key.
  else if (f.value.kind === 'entity' && SYMMETRIC_TYPES.has(f.type)) s = 'stated';
  else s = compactValue(f.value);
  const eq = q.equivalent;
  if (eq) s += ` (${compactNumber(eq.amount)} ${eq.currency})`;
  const ex = names(q.excluding);
  if (ex.length) s += ` excluding ${ex.join(', ')}`;
  const after = names(q.after);
  if (after.length) s += ` after ${after.join(', ')}`;
  if (f.value.kind === 'entity' && typeof q.rank === 'number') s += ` (#${q.rank}${typeof q.region === 'string' ? ` in ${q.region}` : ''})`;
  const amount = qualifierAmount(q.amount);
  if (amount) s += ` (${compactNumber(amount.amount)}${amount.currency ? ' ' + amount.currency : ''})`;
  if (q.points === true) s += ' points';
  if (q.status) s += ` [${q.status}]`;
  return approx + s;
}
