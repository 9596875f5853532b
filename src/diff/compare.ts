// Comparison of the facts of two sides (`diff A B`, `check`) or of many sources (`diff DIR…`).
import type { DocumentResult, Fact } from '../schema.js';
import { agreement, signature, valueShown } from './agree.js';
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
}

/** Whether time `coarse` contains time `fine`: "2025-03" contains "2025-03-27"; "" contains all. */
function timeContains(coarse: string, fine: string): boolean {
  if (coarse === '') return true;
  if (!fine.startsWith(coarse)) return false;
  const next = fine[coarse.length];
  return next === undefined || next === '-' || next === '.';
}

/**
 * Gives every statement its key. A statement less specific than others of the same fact (no time,
 * a coarser time, a rank without its `of`) takes the key of the more specific statements whose
 * values it agrees with, when there is exactly one such key: "more than 1.25 million users each
 * day" is the DAU of March 27 (1,252,925), not that of March 10 (1,033,733).
 */
export function assignKeys(statements: Statement[], options: CompareOptions = {}): Keyed[] {
  const keyed: Keyed[] = statements.map((s) => {
    const parts = keyParts(s.fact);
    return { ...s, parts, key: fullKey(parts) };
  });
  if (options.exact) return splitMultiValued(keyed, options);
  const byBase = new Map<string, Keyed[]>();
  for (const k of keyed) {
    const b = baseKey(k.parts);
    const list = byBase.get(b) ?? [];
    list.push(k);
    byBase.set(b, list);
  }
  const out = new Map<Keyed, Keyed>();
  for (const group of byBase.values()) {
    const keys = [...new Set(group.map((k) => k.key))];
    if (keys.length < 2) continue;
    const anchors = new Map<string, Keyed[]>();
    for (const k of group) pushTo(anchors, k.key, k);
    for (const k of group) {
      const candidates = keys.filter((key) => {
        if (key === k.key) return false;
        const a = anchors.get(key)![0]!.parts;
        const moreSpecific = (a.time.length > k.parts.time.length || a.of.length > k.parts.of.length) && a.time.length >= k.parts.time.length && a.of.length >= k.parts.of.length;
        return moreSpecific && timeContains(k.parts.time, a.time) && (k.parts.of === '' || k.parts.of === a.of) && anchors.get(key)!.some((x) => agreement(k.fact, x.fact).agree);
      });
      // Of nested candidates ("2025-03" and "2025-03-27"), the most specific.
      const partsOf = (key: string) => anchors.get(key)![0]!.parts;
      const finest = candidates.filter((c) => !candidates.some((d) => d !== c && timeContains(partsOf(c).time, partsOf(d).time) && (partsOf(c).of === '' || partsOf(c).of === partsOf(d).of) && (partsOf(d).time.length > partsOf(c).time.length || partsOf(d).of.length > partsOf(c).of.length)));
      if (finest.length !== 1) continue;
      const target = anchors.get(finest[0]!)![0]!;
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
  const agree = agreeFn(options);
  const groups = new Map<string, Keyed[]>();
  for (const k of keyed) if (MULTI_VALUED.has(k.parts.type)) pushTo(groups, k.key, k);
  const out = new Map<Keyed, Keyed>();
  for (const list of groups.values()) {
    const parent = list.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) if (agree(list[i]!.fact, list[j]!.fact)) parent[find(i)] = find(j);
    const label = new Map<number, string>();
    list.forEach((k, i) => {
      const v = options.exact ? signature(k.fact) : words(k.fact.value.kind === 'text' ? k.fact.value.text : valueShown(k.fact));
      const r = find(i);
      const cur = label.get(r);
      if (cur === undefined || v < cur) label.set(r, v);
    });
    list.forEach((k, i) => out.set(k, { ...k, key: `${k.key}\u001f${label.get(find(i))}` }));
  }
  return keyed.map((k) => out.get(k) ?? k);
}

const agreeFn = (options: CompareOptions) =>
  options.exact ? (x: Fact, y: Fact) => signature(x) === signature(y) : (x: Fact, y: Fact) => agreement(x, y).agree;

/** The facts of `mine` that no fact of `theirs` agrees with. */
function unexplained(mine: Fact[], theirs: Fact[], agree: (x: Fact, y: Fact) => boolean): Fact[] {
  return mine.filter((x) => !theirs.some((y) => agree(x, y)));
}

/** Distinct values stated within one source for one key, when they do not all agree. */
function internalNote(label: string, facts: Fact[], agree: (x: Fact, y: Fact) => boolean): string | null {
  if (facts.length < 2) return null;
  for (let i = 0; i < facts.length; i++)
    for (let j = i + 1; j < facts.length; j++)
      if (!agree(facts[i]!, facts[j]!)) return `${label} states ${facts.length} values: ${[...new Set(facts.map(valueShown))].join('; ')}`;
  return null;
}

/** `agree` on facts known by their signatures, each pair of signatures worked out once. */
function memoAgree(agree: (x: Fact, y: Fact) => boolean): (sx: string, x: Fact, sy: string, y: Fact) => boolean {
  const known = new Map<string, boolean>();
  return (sx, x, sy, y) => {
    const k = `${sx}\u0000${sy}`;
    let r = known.get(k);
    if (r === undefined) known.set(k, (r = agree(x, y)));
    return r;
  };
}

/**
 * Every pair of sources (in source order) compared: the pairs that conflict, why, and the notes. Sources
 * that state the same values in the same order compare alike, so each pair of such profiles is compared
 * once (at its first pair of sources) and its conflicts listed for all its pairs: thousands of sources
 * stating one figure cost one comparison, not millions.
 */
function comparePairs(
  bySource: { source: string; facts: Fact[] }[],
  sigOf: (f: Fact) => string,
  agree: (x: Fact, y: Fact) => boolean,
  options: CompareOptions,
): { conflicts: [string, string][]; reasons: string[]; notes: string[] } {
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
  const conflicts: [number, number][] = [];
  const reasons: string[] = [];
  const notes: string[] = [];
  for (const { i, j, p, q } of firsts) {
    const s = bySource[i]!;
    const t = bySource[j]!;
    const us = unexplained(s.facts, t.facts, agree);
    const ut = unexplained(t.facts, s.facts, agree);
    if (us.length && ut.length) {
      for (const a of members[p]!) for (const b of members[q]!) if (a < b) conflicts.push([a, b]);
      for (const x of us) for (const y of ut) {
        const r = agreement(x, y).reason;
        if (r) reasons.push(r);
      }
    }
    if (!options.exact) for (const x of s.facts) for (const y of t.facts) notes.push(...(agreement(x, y).notes ?? []));
  }
  conflicts.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { conflicts: conflicts.map(([a, b]) => [bySource[a]!.source, bySource[b]!.source]), reasons, notes };
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
  const agree = agreeFn(options);
  const rows: PairRow[] = [];
  for (const [key, list] of groups) {
    const fa = list.filter((k) => k.source === 'A').map((k) => k.fact);
    const fb = list.filter((k) => k.source === 'B').map((k) => k.fact);
    const parts = shownParts(list);
    const reasons: string[] = [];
    const notes: string[] = [];
    let status: PairStatus;
    if (fb.length === 0) status = 'only_in_a';
    else if (fa.length === 0) status = 'only_in_b';
    else if (options.exact) {
      const sa = fa.map(signature).sort().join('\n');
      const sb = fb.map(signature).sort().join('\n');
      status = sa === sb ? 'same' : 'changed';
    } else {
      const ua = unexplained(fa, fb, agree);
      const ub = unexplained(fb, fa, agree);
      status = ua.length && ub.length ? 'changed' : 'same';
      if (status === 'changed') {
        for (const x of ua) for (const y of ub) {
          const r = agreement(x, y).reason;
          if (r) reasons.push(r);
        }
      } else {
        if (ua.length) notes.push(`A also states ${uniq(ua.map(valueShown)).join('; ')}`);
        if (ub.length) notes.push(`B also states ${uniq(ub.map(valueShown)).join('; ')}`);
      }
      for (const x of fa) for (const y of fb) notes.push(...(agreement(x, y).notes ?? []));
    }
    for (const [label, facts] of [['A', fa], ['B', fb]] as const) {
      const n = internalNote(label, facts, agree);
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
  for (const file of files) rows.push(...pairRows(fa.get(file) ?? [], fb.get(file) ?? [], options, file));
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
  /** The pairs of sources that contradict each other. */
  conflicts: [string, string][];
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
  const agree = agreeFn(options);
  const rows: ManyRow[] = [];
  for (const [key, list] of groups) {
    const parts = shownParts(list);
    const factsOf = new Map<string, Fact[]>();
    for (const k of list) pushTo(factsOf, k.source, k.fact);
    const bySource = sourcesOf(list).map((source) => ({ source, facts: factsOf.get(source)! }));
    // Groups of values that all agree with one another, most precise first. Agreement is not transitive
    // ("#3" agrees with "#3 in Asia", which does not rule out "#1"): a value joins a group only if it agrees
    // with every member, so the sides of a conflict never share a group. Agreement depends only on a
    // fact's value and qualifiers (its type is the key's), so each group is tested by its distinct values:
    // thousands of sources stating one figure are one test, not thousands.
    // Each fact's signature once, for the groups and the pairs of sources.
    const sigOf = new Map(list.map((k) => [k.fact, signature(k.fact)]));
    const sig = (k: Keyed) => sigOf.get(k.fact)!;
    const sigAgree = memoAgree(agree);
    const clusters: { members: Keyed[]; sigs: Map<string, Fact> }[] = [];
    for (const k of [...list].sort((x, y) => precision(y.fact) - precision(x.fact))) {
      const home = clusters.find((c) => [...c.sigs].every(([s, f]) => sigAgree(s, f, sig(k), k.fact)));
      if (home) {
        home.members.push(k);
        if (!home.sigs.has(sig(k))) home.sigs.set(sig(k), k.fact);
      } else clusters.push({ members: [k], sigs: new Map([[sig(k), k.fact]]) });
    }
    const valueGroups: ValueGroup[] = clusters.map(({ members: c }) => {
      const sorted = [...c].sort((x, y) => precision(y.fact) - precision(x.fact));
      return { value: uniq(sorted.map((k) => valueShown(k.fact))).join(' ≈ '), sources: sourcesOf(c), facts: c.map(({ fact, source }) => ({ fact, source })) };
    });
    valueGroups.sort((x, y) => y.sources.length - x.sources.length || sourceIndex.get(x.sources[0]!)! - sourceIndex.get(y.sources[0]!)!);
    const { conflicts, reasons, notes } = comparePairs(bySource, (f) => sigOf.get(f)!, agree, options);
    for (const s of bySource) {
      const n = internalNote(s.source, s.facts, agree);
      if (n) notes.push(n);
    }
    const status: ManyStatus = bySource.length < 2 ? 'single' : conflicts.length ? 'conflict' : 'agree';
    rows.push({ status, key, parts, description: describeKey(parts), topic: topicOf(parts), sources: bySource, groups: valueGroups, conflicts, reasons: uniq(reasons), notes: uniq(notes) });
  }
  return rows.sort((x, y) => cmp(x.topic, y.topic) || MANY_ORDER.indexOf(x.status) - MANY_ORDER.indexOf(y.status) || cmp(x.description, y.description) || cmp(x.key, y.key));
}
