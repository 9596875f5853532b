// The same fact stated twice in one article is one fact, keeping the clearest evidence.
import { numberOf, type Draft } from '../engine/draft.js';
import type { Refiner } from './index.js';

const low = (s: string | null) => s?.toLowerCase() ?? '';

function withoutApprox(q: Record<string, unknown>): Record<string, unknown> {
  const { approx: _approx, ...rest } = q;
  return rest;
}

const SYMMETRIC = new Set(['partnership', 'deal.merger']);

type Span = { start: number; end: number };

function key(d: Draft): string {
  const value = d.value.kind === 'entity' && !SYMMETRIC.has(d.type) ? d.value.name.toLowerCase() : '';
  // "A partners with B" and "B partners with A" are one partnership.
  const who = SYMMETRIC.has(d.type) ? [low(d.subject), low(d.object)].sort().join('\u0001') : low(d.subject);
  return [d.type, who, d.type === 'office.opening' ? '' : d.qualifiers.rank ?? '', value, d.qualifiers.new ?? '', d.qualifiers.period ?? '', d.qualifiers.forecast ?? '', d.qualifiers.former ?? ''].join('\u0000');
}

/** "CSO" is "Chief Strategy Officer (CSO)": initials or a parenthesised short form. */
function sameTitle(a: string, b: string): boolean {
  const x = a.toLowerCase().replace(/\s+/g, ' ').trim();
  const y = b.toLowerCase().replace(/\s+/g, ' ').trim();
  if (x === y || x.includes(y) || y.includes(x)) return true;
  const initials = (s: string) => s.replace(/\([^)]*\)/g, '').split(/[\s-]+/).filter((w) => w && !/^(of|and|the)$/.test(w)).map((w) => w[0]).join('');
  return initials(x) === y || initials(y) === x;
}

/** Values agree when equal, or when one is a hedged or rounded form of the other. */
export function valuesAgree(a: Draft, b: Draft): boolean {
  if (a.value.kind !== b.value.kind) return false;
  if (a.value.kind === 'money' && b.value.kind === 'money' && a.value.currency !== b.value.currency) {
    // "pledges US$2.7bn" and "14.7bn reais (US$2.7bn)": one states the other's equivalent.
    const eq = (x: Draft, y: Draft) => {
      const e = x.qualifiers.equivalent as { amount: number; currency: string } | undefined;
      return e !== undefined && y.value.kind === 'money' && e.currency === y.value.currency && Math.abs(e.amount - y.value.amount) <= 0.015 * e.amount;
    };
    return eq(a, b) || eq(b, a);
  }
  if (a.value.kind === 'text' && b.value.kind === 'text') return a.type === 'quote' ? a.value.text === b.value.text : sameTitle(a.value.text, b.value.text);
  const x = numberOf(a.value);
  const y = numberOf(b.value);
  if (x === undefined || y === undefined) return true;
  if (x === y) return true;
  const hedged = Boolean(a.qualifiers.approx || b.qualifiers.approx);
  return hedged && Math.abs(x - y) <= 0.05 * Math.max(Math.abs(x), Math.abs(y));
}

/** A statement without a time, scope or object may repeat one that has them. */
const loose = (a: string | null | undefined, b: string | null | undefined) => !a || !b || a.toLowerCase() === b.toLowerCase();
const overlaps = (a: Draft, b: Draft) => a.start < b.end && b.start < a.end;

/** Types whose object adds to the fact (a round's lead investor) rather than being the fact (a partner). */
const OPTIONAL_OBJECT = new Set(['person.role', 'funding.round', 'valuation', 'revenue', 'investment.commitment', 'market.share', 'users.paid']);

function same(a: Draft, b: Draft): boolean {
  if (!valuesAgree(a, b) || !loose(a.time?.start, b.time?.start) || !loose(a.scope, b.scope)) return false;
  // An estimate is not the reported figure; a plan is not the deed.
  if ((a.qualifiers.status ?? null) !== (b.qualifiers.status ?? null)) return false;
  // Two rules on the same words, or one statement with and one without the second party.
  if (low(a.object) === low(b.object) || SYMMETRIC.has(a.type)) return true;
  return (!a.object || !b.object) && (overlaps(a, b) || OPTIONAL_OBJECT.has(a.type));
}

/** The clearer of two statements: more fields known, not hedged, more precise, then more confident. */
function better(a: Draft, b: Draft): Draft {
  const score = (d: Draft) =>
    (d.object ? 1000 : 0) +
    (d.type === 'office.opening' && typeof d.qualifiers.rank === 'number' && d.qualifiers.rank > 1 ? 500 : 0) +
    (d.time?.start ? 200 : 0) + (d.scope ? 100 : 0) + (d.qualifiers.approx ? 0 : 50) +
    String(numberOf(d.value) ?? '').replace(/0+$/, '').length + d.confidence * 10;
  return score(b) > score(a) ? b : a;
}

/** Two rules on the same words: one fact, the one that says more. Only drafts of one sentence can overlap. */
function sameWords(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  const bySentenceType = new Map<string, number[]>();
  for (const d of drafts) {
    const k = `${d.sentence?.index ?? `${d.start}`}\u0000${d.type}`;
    const near = bySentenceType.get(k) ?? [];
    const i = near.find((j) => {
      const o = out[j]!;
      return overlaps(o, d) && valuesAgree(o, d) && loose(o.object, d.object) && loose(o.subject, d.subject) && loose(o.scope, d.scope);
    }) ?? -1;
    if (i === -1) {
      near.push(out.length);
      bySentenceType.set(k, near);
      out.push(d);
      continue;
    }
    const o = out[i]!;
    const says = (x: Draft) => Object.keys(x.qualifiers).length + (x.object ? 2 : 0) + (x.subject ? 2 : 0) + (x.time?.start ? 1 : 0) + x.confidence;
    const [w, l] = says(d) > says(o) ? [d, o] : [o, d];
    out[i] = { ...w, subject: w.subject ?? l.subject, object: w.object ?? l.object, qualifiers: { ...l.qualifiers, ...w.qualifiers } };
  }
  return out;
}

/**
 * A value that agrees only with an equal one (an exact figure, a quotation's words), as a string; null when
 * it may agree with a different one (a hedged or converted figure, a title, a name).
 */
function exactValue(d: Draft): string | null {
  const v = d.value;
  if (d.type === 'quote' && v.kind === 'text') return `text\u0000${v.text}`;
  const n = numberOf(v);
  if (n === undefined || d.qualifiers.approx || (v.kind === 'money' && d.qualifiers.equivalent)) return null;
  return `${v.kind}\u0000${v.kind === 'money' ? v.currency : ''}\u0000${n}`;
}

/** Up to this many facts a group is scanned whole, as most are. */
const SMALL_GROUP = 16;

/** Width of a figure's bucket on a log scale: figures within 5% of each other are in one bucket or next ones. */
const BUCKET = Math.log(1.06);

/** A figure's bucket (kind, currency, sign and log-scale step), or null for a value that is not a plain figure. */
function bucketOf(d: Draft): { key: string; step: number } | null {
  const v = d.value;
  const n = numberOf(v);
  if (n === undefined || (v.kind === 'money' && d.qualifiers.equivalent)) return null;
  const base = `${v.kind}\u0000${v.kind === 'money' ? v.currency : ''}\u0000${Math.sign(n)}`;
  return { key: base, step: n === 0 ? 0 : Math.floor(Math.log(Math.abs(n)) / BUCKET) };
}

/** A draft's exact value and bucket, worked out once (a fact is looked up, then added or moved). */
const keysOf = new WeakMap<Draft, { exact: string | null; b: { key: string; step: number } | null }>();
function valueKeys(d: Draft): { exact: string | null; b: { key: string; step: number } | null } {
  let k = keysOf.get(d);
  if (!k) keysOf.set(d, (k = { exact: exactValue(d), b: bucketOf(d) }));
  return k;
}

/**
 * The facts of one key (positions in the output, in order), also by value: a company's figure repeated
 * over the years, or one speaker's many quotations, would otherwise each be compared with every earlier one
 * (quadratic in an archive page of thousands). Lists: `x` an exact value; `b` every plain figure by bucket,
 * `h` the hedged ones; `loose` what may agree with values unlike its own (a converted amount, a title, a name).
 */
class Group {
  readonly all: number[] = [];
  /** Built once the group is larger than SMALL_GROUP (most have a few facts: a scan costs less). */
  private lists: Map<string, number[]> | null = null;

  add(at: number, d: Draft, out: Draft[]): void {
    this.all.push(at);
    if (this.lists) for (const k of this.homes(d)) this.insert(k, at);
    else if (this.all.length > SMALL_GROUP) {
      this.lists = new Map();
      for (const j of this.all) for (const k of this.homes(j === at ? d : out[j]!)) this.insert(k, j);
    }
  }

  /** The first fact of the group that `d` states again, or -1. */
  find(d: Draft, out: Draft[]): number {
    const where = this.lists && this.searched(d);
    if (!where) return this.all.find((j) => same(out[j]!, d)) ?? -1;
    const cands: number[] = [];
    for (const k of where) for (const j of this.lists!.get(k) ?? []) cands.push(j);
    cands.sort((a, b) => a - b);
    return cands.find((j) => same(out[j]!, d)) ?? -1;
  }

  /** After a merge changed the fact at `at`. */
  changed(at: number, before: Draft, after: Draft): void {
    if (!this.lists) return;
    const was = this.homes(before);
    const now = this.homes(after);
    if (was.join('\u0001') === now.join('\u0001')) return;
    for (const k of was) {
      const list = this.lists.get(k)!;
      list.splice(list.indexOf(at), 1);
    }
    for (const k of now) this.insert(k, at);
  }

  /** The lists a fact is kept in. */
  private homes(d: Draft): string[] {
    const { exact, b } = valueKeys(d);
    const out: string[] = [];
    if (exact !== null) out.push(`x${exact}`);
    if (b) {
      out.push(`b${b.key}\u0000${b.step}`);
      if (d.qualifiers.approx) out.push(`h${b.key}\u0000${b.step}`);
    }
    if (exact === null && !b) out.push('loose');
    return out;
  }

  /** The lists that hold every fact `d` may agree with, or null for all. */
  private searched(d: Draft): string[] | null {
    const { exact, b } = valueKeys(d);
    const near = (prefix: string) => (b ? [-1, 0, 1].map((i) => `${prefix}${b.key}\u0000${b.step + i}`) : []);
    // An exact figure agrees with the same figure or a hedged one close by; a hedged one with any close by.
    if (exact !== null) return [`x${exact}`, ...near('h'), 'loose'];
    if (b) return [...near('b'), 'loose'];
    return null;
  }

  private insert(key: string, at: number): void {
    const lists = this.lists!;
    let list = lists.get(key);
    if (!list) lists.set(key, (list = []));
    // In output order (a changed fact goes back to its place).
    let i = list.length;
    while (i > 0 && list[i - 1]! > at) i--;
    list.splice(i, 0, at);
  }
}

export const dedupe: Refiner = (_ctx, all) => {
  const drafts = sameWords(all);
  const groups = new Map<string, Group>();
  const out: Draft[] = [];
  /** The alsoAt lists made here (a rule's own qualifiers may hold one that its drafts share). */
  const ownLists = new WeakSet<Span[]>();
  for (const d of drafts) {
    if (d.type.startsWith('mention.')) {
      out.push(d);
      continue;
    }
    const k = key(d);
    let group = groups.get(k);
    if (!group) groups.set(k, (group = new Group()));
    const at = group.find(d, out);
    if (at === -1) {
      group.add(out.length, d, out);
      out.push(d);
      continue;
    }
    const kept = out[at]!;
    const winner = better(kept, d);
    const loser = winner === kept ? d : kept;
    // The other places the fact is stated: the list this dedupe made for the winner grows in place (a copy
    // per repeat was quadratic in an archive page stating one fact thousands of times).
    const had = winner.qualifiers.alsoAt as Span[] | undefined;
    const also = had && ownLists.has(had) ? had : [...(had ?? [])];
    ownLists.add(also);
    if (!overlaps(winner, loser)) also.push({ start: loser.start, end: loser.end });
    const merged: Draft = {
      ...winner,
      object: winner.object ?? loser.object,
      time: winner.time?.start ? winner.time : (loser.time ?? winner.time),
      scope: winner.scope ?? loser.scope,
      // The loser's hedge belongs to the loser's number.
      qualifiers: { ...withoutApprox(loser.qualifiers), ...winner.qualifiers, ...(also.length ? { alsoAt: also } : {}) },
    };
    if (merged.type === 'office.opening' && kept.qualifiers.rank !== undefined && loser === kept && !(typeof winner.qualifiers.rank === 'number' && winner.qualifiers.rank > 1)) merged.qualifiers.rank = kept.qualifiers.rank;
    out[at] = merged;
    group.changed(at, kept, merged);
  }
  return out;
};
