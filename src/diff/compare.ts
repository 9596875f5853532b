// Comparison of the facts of two sides (`diff A B`, `check`) or of many sources (`diff DIR…`).
import type { DocumentResult, Fact } from '../schema.js';
import { agreement, valueShown, type Agreement } from './agree.js';
import { ValueIndex } from './value-index.js';
import { Agreements, distinctValues, sigOf } from './by-value.js';
import { lowerBound } from '../lower-bound.js';
import { baseKey, describeKey, fullKey, keyParts, topicOf, words, type KeyParts } from './key.js';

/** One fact as one source states it. */
export interface Statement {
  fact: Fact;
  source: string;
}

export interface Keyed extends Statement {
  parts: KeyParts;
  key: string;
}

export interface CompareOptions {
  /** Values must be identical (hedges and qualifiers included), not merely agree. Used by `check`. */
  exact?: boolean;
  /**
   * List at most this many conflicting pairs of sources per fact (the first, in source order), and count
   * them all in `conflictCount`: thousands of sources split in two make millions of pairs. All by default.
   */
  listPairs?: number;
}

/** Whether time `coarse` contains time `fine`: "2025-03" contains "2025-03-27"; "" contains all. */
function timeContains(coarse: string, fine: string): boolean {
  if (coarse === '') return true;
  if (!fine.startsWith(coarse)) return false;
  const next = fine[coarse.length];
  return next === undefined || next === '-' || next === '.';
}

/** The prefixes of a time that contain it (`timeContains`): "", "2025", "2025-03" and "2025-03-27" itself. */
function containingPrefixes(time: string, proper = false): string[] {
  const out: string[] = [];
  for (let i = 0; i <= time.length; i++) {
    if (proper && i === time.length) break;
    if (i === 0 || i === time.length || time[i] === '-' || time[i] === '.') out.push(time.slice(0, i));
  }
  return out;
}

/**
 * Of nested candidate keys ("2025-03" and "2025-03-27"), the most specific: those that no other
 * candidate refines (a time it contains, with the same `of` or one where it has none). Found through the
 * prefixes of the candidates' times, not by testing every pair.
 */
function finest<T>(candidates: T[], partsOf: (t: T) => KeyParts): T[] {
  const belowAny = new Set<string>();
  const belowOf = new Set<string>();
  const timesWithOf = new Set<string>();
  for (const d of candidates.map(partsOf)) {
    for (const p of containingPrefixes(d.time, true)) {
      belowAny.add(p);
      belowOf.add(`${p}\u0000${d.of}`);
    }
    if (d.of !== '') timesWithOf.add(d.time);
  }
  return candidates.filter((t) => {
    const c = partsOf(t);
    return c.of === '' ? !belowAny.has(c.time) && !timesWithOf.has(c.time) : !belowOf.has(`${c.time}\u0000${c.of}`);
  });
}

/**
 * Gives every statement its key. A statement less specific than others of the same fact (no time,
 * a coarser time, a rank without its `of`) takes the key of the more specific statements whose
 * values it agrees with, when there is exactly one such key: "more than 1.25 million users each
 * day" is the DAU of March 27 (1,252,925), not that of March 10 (1,033,733). Worked out once per key
 * and distinct value, the keys a time contains found by its prefixes: a fact stated by thousands of
 * sources, or on thousands of days, costs in proportion.
 */
export function assignKeys(statements: Statement[], options: CompareOptions = {}): Keyed[] {
  const keyed: Keyed[] = statements.map((s) => {
    const parts = keyParts(s.fact);
    return { ...s, parts, key: fullKey(parts) };
  });
  if (options.exact) return splitMultiValued(keyed, options);
  const byBase = new Map<string, Keyed[]>();
  for (const k of keyed) pushTo(byBase, baseKey(k.parts), k);
  const out = new Map<Keyed, Keyed>();
  for (const group of byBase.values()) {
    const anchors = new Map<string, Keyed[]>();
    for (const k of group) pushTo(anchors, k.key, k);
    if (anchors.size < 2) continue;
    const values = new Map<string, Fact[]>();
    /** The keys whose time each prefix contains. */
    const within = new Map<string, string[]>();
    /** The keys by the figures they state. */
    const index = new ValueIndex<string>();
    for (const [key, list] of anchors) {
      values.set(key, distinctValues(list.map((k) => k.fact)));
      for (const v of values.get(key)!) index.add(key, v);
      for (const p of containingPrefixes(list[0]!.parts.time)) pushTo(within, p, key);
    }
    /** The keys more specific than a key, by their parts alone. */
    const refinements = new Map<string, Set<string>>();
    const refinementsOf = (k: Keyed): Set<string> => {
      let r = refinements.get(k.key);
      if (r) return r;
      const kp = k.parts;
      r = new Set(
        (within.get(kp.time) ?? []).filter((key) => {
          if (key === k.key) return false;
          const a = anchors.get(key)![0]!.parts;
          return (a.time.length > kp.time.length || a.of.length > kp.of.length) && a.of.length >= kp.of.length && (kp.of === '' || kp.of === a.of);
        }),
      );
      refinements.set(k.key, r);
      return r;
    };
    const targets = new Map<string, Keyed | null>();
    for (const k of group) {
      const memo = `${k.key}\u0000${sigOf(k.fact)}`;
      let target = targets.get(memo);
      if (target === undefined) {
        // Each pair is tested once (the memo above), so agreement is not kept: thousands of values squared.
        const more = refinementsOf(k);
        const near = index.near(k.fact);
        const keys = near === null || near.size >= more.size ? [...more] : [...near].filter((key) => more.has(key));
        const candidates = keys.filter((key) => values.get(key)!.some((v) => agreement(k.fact, v).agree));
        const best = finest(candidates, (key) => anchors.get(key)![0]!.parts);
        target = best.length === 1 ? anchors.get(best[0]!)![0]! : null;
        targets.set(memo, target);
      }
      if (!target) continue;
      const parts: KeyParts = { ...k.parts, time: target.parts.time, of: target.parts.of, display: { ...k.parts.display, time: target.parts.display.time } };
      out.set(k, { ...k, parts, key: target.key });
    }
  }
  return splitMultiValued(
    keyed.map((k) => out.get(k) ?? k),
    options,
  );
}

/** Types whose facts may hold several values at once: a person may be founder and CEO. */
const MULTI_VALUED = new Set(['person.role']);

/** Gives each group of agreeing values of a multi-valued type its own key: two titles are two facts, not a conflict. */
function splitMultiValued(keyed: Keyed[], options: CompareOptions): Keyed[] {
  const groups = new Map<string, Keyed[]>();
  for (const k of keyed) if (MULTI_VALUED.has(k.parts.type)) pushTo(groups, k.key, k);
  const out = new Map<Keyed, Keyed>();
  for (const list of groups.values()) {
    // Joined by distinct value: the same title stated a thousand times is one value.
    const agreements = new Agreements(options.exact);
    const values = distinctValues(list.map((k) => k.fact));
    const index = new Map(values.map((f, i) => [sigOf(f), i]));
    const parent = values.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    for (let i = 0; i < values.length; i++) for (let j = i + 1; j < values.length; j++) if (agreements.agree(values[i]!, values[j]!)) parent[find(i)] = find(j);
    const label = new Map<number, string>();
    values.forEach((f, i) => {
      const v = options.exact ? sigOf(f) : words(f.value.kind === 'text' ? f.value.text : valueShown(f));
      const r = find(i);
      const cur = label.get(r);
      if (cur === undefined || v < cur) label.set(r, v);
    });
    for (const k of list) out.set(k, { ...k, key: `${k.key}\u001f${label.get(find(index.get(sigOf(k.fact))!))}` });
  }
  return keyed.map((k) => out.get(k) ?? k);
}

/** The facts of `mine` that no fact of `theirs` agrees with (each distinct value tested once). */
function unexplained(mine: Fact[], theirs: Fact[], agreements: Agreements): Fact[] {
  const them = distinctValues(theirs);
  const explained = new Map<string, boolean>();
  return mine.filter((x) => {
    const s = sigOf(x);
    let e = explained.get(s);
    if (e === undefined) explained.set(s, (e = them.some((y) => agreements.agree(x, y))));
    return !e;
  });
}

/** Distinct values stated within one source for one key, when they do not all agree. */
function internalNote(label: string, facts: Fact[], agreements: Agreements): string | null {
  if (facts.length < 2) return null;
  // A value always agrees with itself: only distinct values can disagree.
  const values = distinctValues(facts);
  for (let i = 0; i < values.length; i++)
    for (let j = i + 1; j < values.length; j++)
      if (!agreements.agree(values[i]!, values[j]!)) return `${label} states ${facts.length} values: ${uniq(values.map(valueShown)).join('; ')}`;
  return null;
}

/**
 * Adds what each pair of distinct values of two sides gives (`pick`) to `out`, in the order of the first
 * pair of facts that gives it: the same as every pair of facts, at the cost of every pair of values.
 */
function acrossValues(out: string[], xs: Fact[], ys: Fact[], agreements: Agreements, pick: (a: Agreement) => string[] | string | undefined): void {
  const vy = distinctValues(ys);
  for (const x of distinctValues(xs))
    for (const y of vy) {
      const r = pick(agreements.of(x, y));
      if (typeof r === 'string') { if (r) out.push(r); }
      else if (r) for (const x of r) out.push(x);
    }
}

/**
 * Every pair of sources (in source order) compared: the pairs that conflict, why, and the notes. Sources
 * that state the same values in the same order compare alike, so each pair of such profiles is compared
 * once (at its first pair of sources) and its conflicts listed for all its pairs: thousands of sources
 * stating one figure cost one comparison, not millions.
 */
function comparePairs(
  bySource: { source: string; facts: Fact[] }[],
  agreements: Agreements,
  options: CompareOptions,
): { conflicts: [string, string][]; count: number; reasons: string[]; notes: string[] } {
  const profileIds = new Map<string, number>();
  const profile = bySource.map((s) => {
    const p = s.facts.map(sigOf).join('\u0001');
    let id = profileIds.get(p);
    if (id === undefined) profileIds.set(p, (id = profileIds.size));
    return id;
  });
  /** The sources (indices, ascending) of each profile. */
  const members: number[][] = [...profileIds.keys()].map(() => []);
  profile.forEach((p, i) => members[p]!.push(i));
  // Each ordered pair of profiles (p for the earlier source, q for the later) at its first pair of sources.
  const firsts: { i: number; j: number; p: number; q: number }[] = [];
  for (let p = 0; p < members.length; p++)
    for (let q = 0; q < members.length; q++) {
      const mp = members[p]!;
      const mq = members[q]!;
      // The earliest i of p with a later source of q, and the first such j.
      const lastQ = mq[mq.length - 1]!;
      const i = mp.find((x) => x < lastQ);
      if (i === undefined) continue;
      const j = mq[lowerBound(mq.length, (k) => mq[k]! <= i)]!;
      firsts.push({ i, j, p, q });
    }
  firsts.sort((a, b) => a.i - b.i || a.j - b.j);
  const limit = options.listPairs ?? Infinity;
  let count = 0;
  const conflicts: [number, number][] = [];
  const reasons: string[] = [];
  const notes: string[] = [];
  for (const { i, j, p, q } of firsts) {
    const s = bySource[i]!;
    const t = bySource[j]!;
    const us = unexplained(s.facts, t.facts, agreements);
    const ut = unexplained(t.facts, s.facts, agreements);
    if (us.length && ut.length) {
      const mp = members[p]!;
      const mq = members[q]!;
      // The pairs (a, b), a < b, in order: each profile pair's first `limit` are enough for the first
      // `limit` of all; the others are only counted.
      let listed = 0;
      for (const a of mp) {
        const k = lowerBound(mq.length, (x) => mq[x]! <= a);
        count += mq.length - k;
        for (let x = k; x < mq.length && listed < limit; x++, listed++) conflicts.push([a, mq[x]!]);
      }
      acrossValues(reasons, us, ut, agreements, (a) => a.reason);
    }
    if (!options.exact) acrossValues(notes, s.facts, t.facts, agreements, (a) => a.notes);
  }
  conflicts.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (conflicts.length > limit) conflicts.length = limit;
  return { conflicts: conflicts.map(([a, b]) => [bySource[a]!.source, bySource[b]!.source]), count, reasons, notes };
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs)];
}

/** Adds to a map of lists (in place: a copy per addition is quadratic in a long list). */
function pushTo<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** The key's parts to show: those of a statement that has its own time, else the first. */
function shownParts(list: Keyed[]): KeyParts {
  return (list.find((k) => k.parts.display.time !== null) ?? list[0]!).parts;
}

// --- Two sides -----------------------------------------------------------------------------------

export type PairStatus = 'same' | 'changed' | 'only_in_a' | 'only_in_b';
export const PAIR_ORDER: PairStatus[] = ['changed', 'only_in_a', 'only_in_b', 'same'];

export interface PairRow {
  status: PairStatus;
  key: string;
  parts: KeyParts;
  description: string;
  /** Set when the sides were paired document by document (`check`, two exports of the same articles). */
  file?: string;
  a: Fact[];
  b: Fact[];
  /** Why the values conflict, beyond the numbers themselves. */
  reasons: string[];
  /** Differences that are not a conflict: a value stated twice within a side, a different status. */
  notes: string[];
}

function pairRows(a: Fact[], b: Fact[], options: CompareOptions, file?: string): PairRow[] {
  const keyed = assignKeys([...a.map((fact) => ({ fact, source: 'A' })), ...b.map((fact) => ({ fact, source: 'B' }))], options);
  const groups = new Map<string, Keyed[]>();
  for (const k of keyed) pushTo(groups, k.key, k);
  const rows: PairRow[] = [];
  for (const [key, list] of groups) {
    const agreements = new Agreements(options.exact);
    const fa = list.filter((k) => k.source === 'A').map((k) => k.fact);
    const fb = list.filter((k) => k.source === 'B').map((k) => k.fact);
    const parts = shownParts(list);
    const reasons: string[] = [];
    const notes: string[] = [];
    let status: PairStatus;
    if (fb.length === 0) status = 'only_in_a';
    else if (fa.length === 0) status = 'only_in_b';
    else if (options.exact) {
      const sa = fa.map(sigOf).sort().join('\n');
      const sb = fb.map(sigOf).sort().join('\n');
      status = sa === sb ? 'same' : 'changed';
    } else {
      const ua = unexplained(fa, fb, agreements);
      const ub = unexplained(fb, fa, agreements);
      status = ua.length && ub.length ? 'changed' : 'same';
      if (status === 'changed') acrossValues(reasons, ua, ub, agreements, (a) => a.reason);
      else {
        if (ua.length) notes.push(`A also states ${uniq(ua.map(valueShown)).join('; ')}`);
        if (ub.length) notes.push(`B also states ${uniq(ub.map(valueShown)).join('; ')}`);
      }
      acrossValues(notes, fa, fb, agreements, (a) => a.notes);
    }
    for (const [label, facts] of [['A', fa], ['B', fb]] as const) {
      const n = internalNote(label, facts, agreements);
      if (n) notes.push(n);
    }
    rows.push({ status, key: file !== undefined ? `${file}\u001e${key}` : key, parts, description: describeKey(parts), ...(file !== undefined ? { file } : {}), a: fa, b: fb, reasons: uniq(reasons), notes: uniq(notes) });
  }
  return rows;
}

function sortPairRows(rows: PairRow[]): PairRow[] {
  return rows.sort(
    (x, y) =>
      PAIR_ORDER.indexOf(x.status) - PAIR_ORDER.indexOf(y.status) ||
      cmp(x.file ?? '', y.file ?? '') ||
      cmp(topicOf(x.parts), topicOf(y.parts)) ||
      cmp(x.description, y.description) ||
      cmp(x.key, y.key),
  );
}

const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** Compares two sets of facts, each key `same`, `changed`, `only_in_a` or `only_in_b`. */
export function comparePair(a: Fact[], b: Fact[], options: CompareOptions = {}): PairRow[] {
  return sortPairRows(pairRows(a, b, options));
}

export interface PairedComparison {
  rows: PairRow[];
  /** Documents in A only (removed) and in B only (added). */
  documentsOnlyInA: string[];
  documentsOnlyInB: string[];
}

/** Compares two sides document by document (matching documents by file), as `check` does. */
export function compareByDocument(a: DocumentResult[], b: DocumentResult[], options: CompareOptions = {}): PairedComparison {
  const fa = new Map<string, Fact[]>();
  const fb = new Map<string, Fact[]>();
  // Every document has an entry, one without facts too (it is in A or B all the same).
  for (const [side, docs] of [[fa, a], [fb, b]] as const)
    for (const d of docs) {
      if (!side.has(d.file)) side.set(d.file, []);
      for (const f of d.facts) side.get(d.file)!.push(f);
    }
  const files = uniq([...fa.keys(), ...fb.keys()]).sort();
  const rows: PairRow[] = [];
  for (const file of files) for (const r of pairRows(fa.get(file) ?? [], fb.get(file) ?? [], options, file)) rows.push(r);
  return {
    rows: sortPairRows(rows),
    documentsOnlyInA: files.filter((f) => !fb.has(f)),
    documentsOnlyInB: files.filter((f) => !fa.has(f)),
  };
}

// --- Many sources --------------------------------------------------------------------------------

export type ManyStatus = 'agree' | 'conflict' | 'single';
export const MANY_ORDER: ManyStatus[] = ['conflict', 'agree', 'single'];

export interface ValueGroup {
  /** The values of the group as stated, most precise first: "1,252,925 ≈ more than 1,250,000". */
  value: string;
  sources: string[];
  facts: Statement[];
}

export interface ManyRow {
  status: ManyStatus;
  key: string;
  parts: KeyParts;
  description: string;
  topic: string;
  /** What each source states for this key, in source order. */
  sources: { source: string; facts: Fact[] }[];
  /** Statements grouped by agreeing values; in a conflict, the sides. */
  groups: ValueGroup[];
  /** The pairs of sources that contradict each other (the first `listPairs` of them when that is given). */
  conflicts: [string, string][];
  /** How many pairs contradict each other, when `listPairs` is given. */
  conflictCount?: number;
  reasons: string[];
  notes: string[];
}

/** More precise first: unhedged, then more significant digits. */
function precision(f: Fact): number {
  const n = f.value.kind === 'count' || f.value.kind === 'percent' ? f.value.number : f.value.kind === 'money' ? f.value.amount : f.value.kind === 'multiplier' ? f.value.factor : 0;
  return (f.qualifiers.approx ? 0 : 100) + String(Math.abs(n)).replace(/0+$/, '').replace('.', '').length;
}

/** Compares what several sources state: per key, whether they agree, conflict, or only one says it. */
export function compareMany(statements: Statement[], options: CompareOptions = {}): ManyRow[] {
  const sourceOrder = uniq(statements.map((s) => s.source));
  const sourceIndex = new Map(sourceOrder.map((s, i) => [s, i]));
  /** The sources of some statements, in source order (found from the statements, not per source: thousands of sources). */
  const sourcesOf = (ks: Keyed[]) => uniq(ks.map((k) => k.source)).sort((x, y) => sourceIndex.get(x)! - sourceIndex.get(y)!);
  const keyed = assignKeys(statements, options);
  const groups = new Map<string, Keyed[]>();
  for (const k of keyed) pushTo(groups, k.key, k);
  const rows: ManyRow[] = [];
  for (const [key, list] of groups) {
    const agreements = new Agreements(options.exact);
    const parts = shownParts(list);
    const factsOf = new Map<string, Fact[]>();
    for (const k of list) pushTo(factsOf, k.source, k.fact);
    const bySource = sourcesOf(list).map((source) => ({ source, facts: factsOf.get(source)! }));
    // Groups of values that all agree with one another, most precise first. Agreement is not transitive
    // ("#3" agrees with "#3 in Asia", which does not rule out "#1"): a value joins a group only if it agrees
    // with every member, so the sides of a conflict never share a group. Agreement depends only on a
    // fact's value and qualifiers (its type is the key's), so each group is tested by its distinct values:
    // thousands of sources stating one figure are one test, not thousands.
    // A value already placed goes where it went before: the groups before its own all held a value it
    // disagrees with, and groups only grow.
    const clusters: { members: Keyed[]; values: Fact[] }[] = [];
    const placed = new Map<string, number>();
    // Each fact's precision once (it builds a string), not once per comparison of the sort.
    const precise = new Map(list.map((k) => [k, precision(k.fact)]));
    for (const k of [...list].sort((x, y) => precise.get(y)! - precise.get(x)!)) {
      const sig = sigOf(k.fact);
      let home = placed.get(sig);
      if (home === undefined) {
        home = clusters.findIndex((c) => c.values.every((f) => agreements.agree(f, k.fact)));
        if (home === -1) home = clusters.push({ members: [], values: [] }) - 1;
        clusters[home]!.values.push(k.fact);
        placed.set(sig, home);
      }
      clusters[home]!.members.push(k);
    }
    // Members joined their group in that order: most precise first already.
    const valueGroups: ValueGroup[] = clusters.map(({ members: c }) => ({ value: uniq(c.map((k) => valueShown(k.fact))).join(' ≈ '), sources: sourcesOf(c), facts: c.map(({ fact, source }) => ({ fact, source })) }));
    valueGroups.sort((x, y) => y.sources.length - x.sources.length || sourceIndex.get(x.sources[0]!)! - sourceIndex.get(y.sources[0]!)!);
    const { conflicts, count, reasons, notes } = comparePairs(bySource, agreements, options);
    for (const s of bySource) {
      const n = internalNote(s.source, s.facts, agreements);
      if (n) notes.push(n);
    }
    const status: ManyStatus = bySource.length < 2 ? 'single' : count ? 'conflict' : 'agree';
    rows.push({ status, key, parts, description: describeKey(parts), topic: topicOf(parts), sources: bySource, groups: valueGroups, conflicts, ...(options.listPairs !== undefined ? { conflictCount: count } : {}), reasons: uniq(reasons), notes: uniq(notes) });
  }
  return rows.sort((x, y) => cmp(x.topic, y.topic) || MANY_ORDER.indexOf(x.status) - MANY_ORDER.indexOf(y.status) || cmp(x.description, y.description) || cmp(x.key, y.key));
}
