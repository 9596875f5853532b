// Runs pattern rules over the tagged sentences of a document and turns each match into drafts.
import type { Document, Sentence } from '../document/index.js';
import type { Mention } from '../recognizers/types.js';
import type { Time, Value } from '../schema.js';
import { compilePattern, type CompiledPattern } from './compile.js';
import { KeywordIndex } from './keywords.js';
import type { Draft } from './draft.js';
import { RuleSpec, type RuleSpecInput } from './rule-spec.js';
import { mentionsIn, sourceSpan, tagKind, tagSentence, type Tagged } from './tagged.js';

export interface CompiledRule {
  spec: RuleSpec;
  pattern: CompiledPattern;
  /** Lower-case words, one of which the sentence must contain; null when the rule has none. */
  keywords: string[] | null;
  /** The qualifiers every fact of the rule has (its qualifiers, approx and status). */
  fixedQualifiers: Record<string, unknown>;
}

export function compileRule(spec: RuleSpec): CompiledRule {
  const pattern = compilePattern(spec.pattern, spec.caseSensitive);
  const keywords = spec.keywords?.length ? spec.keywords.map((k) => k.toLowerCase()) : null;
  // Groups named subject, object, scope or time fill those fields unless the rule says otherwise
  // (resolved once here, not for every sentence the rule runs on).
  const byName = (f: 'subject' | 'object' | 'scope' | 'time') => spec[f] ?? (pattern.groups.has(f) ? f : undefined);
  const resolved = { ...spec, subject: byName('subject'), object: byName('object'), scope: byName('scope'), time: byName('time') as string | undefined };
  const fixedQualifiers = { ...(spec.qualifiers ?? {}), ...(spec.approx ? { approx: spec.approx } : {}), ...(spec.status ? { status: spec.status } : {}) };
  return { spec: resolved, pattern, keywords, fixedQualifiers };
}

interface RuleIndex {
  /** One automaton for the rules' keywords and the words their patterns require. */
  index: KeywordIndex;
  /** For each string of the automaton, the rules it is a keyword of. */
  rulesOf: number[][];
  /** For each rule, its required words as clauses of string ids (one of each must be in the sentence). */
  clauses: number[][][];
  /** Rules without keywords. */
  always: number[];
}

/** The automaton of a list of rules, built once per list. */
const indexes = new WeakMap<CompiledRule[], RuleIndex>();
function ruleIndex(rules: CompiledRule[]): RuleIndex {
  let x = indexes.get(rules);
  if (!x) {
    const ids = new Map<string, number>();
    const rulesOf: number[][] = [];
    const idOf = (s: string) => {
      let id = ids.get(s);
      if (id === undefined) {
        id = ids.size;
        ids.set(s, id);
        rulesOf.push([]);
      }
      return id;
    };
    const always: number[] = [];
    rules.forEach((r, i) => {
      if (!r.keywords) always.push(i);
      else for (const k of r.keywords) rulesOf[idOf(k)]!.push(i);
    });
    const clauses = rules.map((r) => r.pattern.words.map((clause) => clause.map(idOf)));
    x = { index: new KeywordIndex([...ids.keys()]), rulesOf, clauses, always };
    indexes.set(rules, x);
  }
  return x;
}

/** Lower case of the same length, so that offsets in it are offsets in the text ("İ" would grow by one). */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/**
 * Which rules may match in which sentence (ids in rule order): one pass over the document finds every
 * keyword and required word; a rule is tried where one of its keywords is and all its required words are
 * (about half the tries it would otherwise make).
 */
function eligibleRules(doc: Document, rules: CompiledRule[]): number[][] {
  const { index, rulesOf, clauses, always } = ruleIndex(rules);
  const sentences = doc.sentences;
  const out: number[][] = new Array(sentences.length);
  // stamp[rule] = 1 + the last sentence the rule was a candidate in, so that each is added once;
  // seen[string] = 1 + the last sentence the string was found in. Candidates of the current sentence
  // gather in one reused buffer (plain loops, no closures: this runs for every keyword hit).
  const stamp = new Int32Array(rules.length);
  const seen = new Int32Array(index.keywords.length);
  const cand = new Int32Array(rules.length);
  let nc = 0;
  const holds = (r: number, mark: number): boolean => {
    const cs = clauses[r]!;
    for (let c = 0; c < cs.length; c++) {
      const clause = cs[c]!;
      let ok = false;
      for (let j = 0; j < clause.length && !ok; j++) ok = seen[clause[j]!] === mark;
      if (!ok) return false;
    }
    return true;
  };
  // Called once a sentence is scanned to its end, before a later sentence marks the same strings.
  const finish = (si: number) => {
    const mark = si + 1;
    for (const r of always) if (stamp[r] !== mark) cand[nc++] = r;
    const ids: number[] = [];
    for (let k = 0; k < nc; k++) if (holds(cand[k]!, mark)) ids.push(cand[k]!);
    // In rule order: by insertion when few (most sentences), else a sort (a rules file of thousands).
    if (ids.length > 24) ids.sort((a, b) => a - b);
    else
      for (let k = 1; k < ids.length; k++) {
        const r = ids[k]!;
        let j = k;
        while (j > 0 && ids[j - 1]! > r) {
          ids[j] = ids[j - 1]!;
          j--;
        }
        ids[j] = r;
      }
    out[si] = ids;
    nc = 0;
  };
  let si = 0;
  index.scan(lowerSameLength(doc.text), (id, end) => {
    // Hits arrive in text order: advance to the sentence holding the string's last character.
    while (si < sentences.length && sentences[si]!.end < end) finish(si++);
    if (si < sentences.length && sentences[si]!.start < end) {
      const mark = si + 1;
      seen[id] = mark;
      const rs = rulesOf[id]!;
      for (let j = 0; j < rs.length; j++) {
        const r = rs[j]!;
        if (stamp[r] !== mark) {
          stamp[r] = mark;
          cand[nc++] = r;
        }
      }
    }
  });
  while (si < sentences.length) finish(si++);
  return out;
}

/** The reason a rule cannot be compiled, or null. */
export function checkRule(spec: RuleSpec): string | null {
  try {
    const c = compileRule(spec);
    // V8 compiles a regular expression at its first use: one nested too deeply fails only then ("Stack
    // overflow"), and it must fail here, as a bad rule, not in the middle of a run.
    c.pattern.regex.lastIndex = 0;
    c.pattern.regex.exec('');
    c.pattern.regex.lastIndex = 0;
    c.pattern.regex.exec('\u2026'); // and for text of two-byte characters, compiled apart
    const v = spec.value ?? 'value';
    const needed = v === 'value' ? 'value' : v === 'object' ? 'object' : 'fixed' in v ? null : 'text' in v ? v.text : v.entity;
    if (needed !== null && !c.pattern.groups.has(needed)) return `the pattern has no group "${needed}" for the value`;
    for (const f of ['subject', 'object', 'scope', 'time'] as const) {
      const s = spec[f];
      for (const g of typeof s === 'string' ? s.split('|') : []) if (!c.pattern.groups.has(g)) return `${f}: the pattern has no group "${g}"`;
    }
    return null;
  } catch (e) {
    // The message of a huge pattern repeats it whole: its start says enough.
    const m = (e as Error).message;
    return m.length > 400 ? `${m.slice(0, 300)} … ${m.slice(-80)}` : m;
  }
}

export interface SentenceContext {
  doc: Document;
  sentence: Sentence;
  /** The sentence's mentions, sorted, not overlapping. */
  mentions: Mention[];
  tagged: Tagged;
}

const grouped = new WeakMap<Mention[], { doc: Document; groups: Mention[][] }>();
/**
 * Mentions grouped by sentence (mentions sorted by start). Worked out once per document and list of
 * mentions: the rules, the context rules and several refiners all ask, and none changes the groups.
 */
export function bySentence(doc: Document, mentions: Mention[]): Mention[][] {
  const known = grouped.get(mentions);
  if (known?.doc === doc) return known.groups;
  const out: Mention[][] = doc.sentences.map(() => []);
  let si = 0;
  for (const m of mentions) {
    while (si < doc.sentences.length && doc.sentences[si]!.end < m.end) si++;
    if (si >= doc.sentences.length) break;
    if (m.start >= doc.sentences[si]!.start) out[si]!.push(m);
  }
  grouped.set(mentions, { doc, groups: out });
  return out;
}

function nameOf(m: Mention): string {
  return m.value.kind === 'entity' ? m.value.name : m.text;
}

/** Drops quotation marks around a phrase and a trailing comma inside them. */
export function stripQuotes(t: string): string {
  return t.replace(/^[“"‘']+/, '').replace(/[,.]?[”"’']+$/, '').replace(/,$/, '').trim();
}

function trimSpan(text: string, s: { start: number; end: number }) {
  let { start, end } = s;
  while (start < end && /[\s,;:]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** The kinds of value in a sentence, as patterns name them: mention kinds and the finer place kinds. */
export function kindsOf(mentions: Mention[]): Set<string> {
  const kinds = new Set<string>();
  for (const m of mentions) {
    kinds.add(m.kind);
    kinds.add(tagKind(m));
  }
  return kinds;
}

function hasKinds(needs: string[][], kinds: Set<string>): boolean {
  for (let c = 0; c < needs.length; c++) {
    const clause = needs[c]!;
    let ok = false;
    for (let j = 0; j < clause.length && !ok; j++) ok = kinds.has(clause[j]!);
    if (!ok) return false;
  }
  return true;
}

/** One match of a rule's pattern: its groups' positions, mentions and text, each worked out once when asked. */
class MatchView {
  /** Group name → its mentions, for the groups asked for so far (a rule asks for a few). */
  private readonly names: string[] = [];
  private readonly found: Mention[][] = [];
  constructor(
    readonly doc: Document,
    private readonly tagged: Tagged,
    private readonly indices: Record<string, [number, number] | undefined> | undefined,
  ) {}

  matched(name: string): boolean {
    return this.indices?.[name] !== undefined;
  }

  mentions(name: string): Mention[] {
    const i = this.names.indexOf(name);
    if (i !== -1) return this.found[i]!;
    const r = this.indices?.[name];
    const ms = r ? mentionsIn(this.tagged, r[0], r[1]) : [];
    this.names.push(name);
    this.found.push(ms);
    return ms;
  }

  text(name: string): string | null {
    const r = this.indices?.[name];
    if (!r) return null;
    const s = trimSpan(this.doc.text, sourceSpan(this.tagged, r[0], r[1]));
    return s.end > s.start ? this.doc.text.slice(s.start, s.end) : null;
  }

  /** "a|b": the first of these groups that matched. */
  first(names: string): string {
    if (!names.includes('|')) return names;
    const all = names.split('|');
    return all.find((n) => this.matched(n)) ?? all[0]!;
  }

  field(src: RuleSpec['subject']): string | null {
    if (src === undefined) return null;
    if (typeof src !== 'string') return src.fixed;
    src = this.first(src);
    const ms = this.mentions(src);
    const text = this.text(src);
    // A group that is one name gives the name; a phrase around a name ("the Korean AI market") stays a phrase.
    if (ms.length && (!text || ms[0]!.text.length >= text.replace(/^(?:the|its|a|an)\s+/i, '').length * 0.8)) return nameOf(ms[0]!);
    return text ? stripQuotes(text) : null;
  }

  qualifier(name: string): unknown {
    const m0 = this.mentions(name)[0];
    if (m0) {
      const v = m0.value;
      if (v.kind === 'rank') return v.rank;
      if (v.kind === 'money') return { amount: v.amount, currency: v.currency };
      if (v.kind === 'count' || v.kind === 'percent') return v.number;
      if (v.kind === 'multiplier') return v.factor;
      if (v.kind === 'entity') return v.name;
    }
    const t = this.text(name);
    return t ? stripQuotes(t) : undefined;
  }
}

/** Only names of the group's own kind: "US chip designer X" lists X, not the United States. */
function ofGroupKind(rule: CompiledRule, group: string, x: Mention): boolean {
  const kinds = rule.pattern.groupKinds.get(group);
  return kinds ? kinds.has(tagKind(x)) : tagKind(x) !== 'demonym';
}

/** A group that is exactly one name macro ({orgs:object}), not a phrase that may hold names ("UK market for X"). */
function isNameGroup(rule: CompiledRule, mv: MatchView, src: RuleSpec['subject']): boolean {
  return typeof src === 'string' && rule.pattern.groupKinds.has(mv.first(src));
}

/** The names of a list in the subject or object group ("founded by A and B"), each of the group's kind. */
function listOf(rule: CompiledRule, mv: MatchView, src: RuleSpec['subject']): Mention[] {
  if (typeof src !== 'string') return [];
  const group = mv.first(src);
  return namesOf(rule, mv, group);
}

/**
 * The names of a group of the group's kind, without a possessive one that describes the next
 * ("the International Finance Corporation, the World Bank's private-sector arm, and Sidra Growth Fund").
 */
function namesOf(rule: CompiledRule, mv: MatchView, group: string): Mention[] {
  const all = mv.mentions(group);
  return all.filter((x, i) => x.value.kind === 'entity' && ofGroupKind(rule, group, x) && !(i < all.length - 1 && POSSESSIVE.test(mv.doc.text.slice(x.end, x.end + 3))));
}
const POSSESSIVE = /^['’]s?\s/;

export function runRule(rule: CompiledRule, ctx: SentenceContext, kinds: Set<string>): Draft[] {
  if (!hasKinds(rule.pattern.needs, kinds)) return [];
  const { doc, sentence, tagged } = ctx;
  const spec = rule.spec;
  const out: Draft[] = [];
  const re = rule.pattern.regex;
  const fromSpec = spec.qualifiersFrom ? Object.entries(spec.qualifiersFrom) : null;
  re.lastIndex = 0;
  for (let m = re.exec(tagged.text); m; m = re.exec(tagged.text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const mv = new MatchView(doc, tagged, m.indices?.groups);
    const span = trimSpan(doc.text, sourceSpan(tagged, m.index, m.index + m[0].length));
    let time: Time | null = null;
    if (spec.time) time = mv.mentions(mv.first(spec.time)).find((x) => x.time)?.time ?? null;
    const subject0 = mv.field(spec.subject);
    const scope = mv.field(spec.scope);
    const fromGroups: Record<string, unknown> = {};
    // "a|b": the first of these groups that matched.
    if (fromSpec)
      for (const [k, names] of fromSpec) {
        for (const group of names.split('|')) {
          const q = mv.qualifier(group);
          if (q !== undefined) {
            fromGroups[k] = q;
            break;
          }
        }
      }
    const v = spec.value ?? 'value';
    if (v === 'object') {
      // A list in the subject group too ("X plans to invest in A, B and C") gives one fact per name.
      const subjects = listOf(rule, mv, spec.subject);
      const subjectNames = subjects.length > 1 ? subjects.map(nameOf) : [subject0];
      for (const e of namesOf(rule, mv, 'object')) {
        if (e.value.kind !== 'entity') continue;
        for (const subject of subjectNames) out.push(draftOf(rule, subject, e.value.name, e.value, time, scope, qualifiersOf({}, fromGroups, rule), span, sentence));
      }
      continue;
    }
    let value: Value | null = null;
    let extra: Record<string, unknown> = {};
    if (v === 'value') {
      const vm = mv.mentions('value')[0];
      if (!vm) continue;
      value = vm.value;
      extra = { ...vm.qualifiers };
      if (!time && vm.time) time = vm.time;
    } else if ('fixed' in v) {
      value = v.fixed;
    } else if ('text' in v) {
      const t = mv.text(v.text);
      if (!t) continue;
      value = { kind: 'text', text: stripQuotes(t) };
    } else {
      const t = mv.text(v.entity);
      if (!t) continue;
      const ms = mv.mentions(v.entity);
      value = ms.length === 1 && ms[0]!.value.kind === 'entity' && ms[0]!.text.length >= t.length * 0.8 ? { ...ms[0]!.value, entityType: v.entityType } : { kind: 'entity', name: stripQuotes(t), entityType: v.entityType };
    }
    // A list in the subject or object group ("founded by A and B", "led by A and B") gives one fact per name.
    // Adjectives of place inside a list's descriptors ("Japanese anime giant X") are not list items.
    const subjects = listOf(rule, mv, spec.subject);
    const objects = listOf(rule, mv, spec.object);
    // One name of a name group's kind among descriptors ("led by Singapore's Sembawang Ridge Capital") is that name.
    const subjectNames = subjects.length > 1 || (subjects.length === 1 && isNameGroup(rule, mv, spec.subject)) ? subjects.map(nameOf) : [subject0];
    const objectNames = objects.length > 1 || (objects.length === 1 && isNameGroup(rule, mv, spec.object)) ? objects.map(nameOf) : [mv.field(spec.object)];
    for (const subject of subjectNames) for (const object of objectNames) out.push(draftOf(rule, subject, object, value, time, scope, qualifiersOf(extra, fromGroups, rule), span, sentence));
  }
  return out;
}

function qualifiersOf(extra: Record<string, unknown>, fromGroups: Record<string, unknown>, rule: CompiledRule): Record<string, unknown> {
  return Object.assign({}, extra, fromGroups, rule.fixedQualifiers);
}

/** Every draft written out in full, fields in one order: V8 then gives them all one shape. */
function draftOf(rule: CompiledRule, subject: string | null, object: string | null, value: Value, time: Time | null, scope: string | null, qualifiers: Record<string, unknown>, span: { start: number; end: number }, sentence: Sentence): Draft {
  const spec = rule.spec;
  return { type: spec.type, subject, object, value, time, scope, qualifiers, start: span.start, end: span.end, sentence, confidence: spec.confidence, rule: spec.id };
}

/**
 * Drafts of rules given as specs, compiled when first run: what a code rule matches before it reads the
 * article for the rest (people/rule.ts, launch/editions.ts). The same engine as the pattern rules.
 */
export function specRunner(specs: RuleSpecInput[]): (doc: Document, mentions: Mention[]) => Draft[] {
  let compiled: CompiledRule[] | null = null;
  return (doc, mentions) => runRules(doc, mentions, (compiled ??= specs.map((s) => compileRule(RuleSpec.parse(s)))));
}

export function runRules(doc: Document, mentions: Mention[], rules: CompiledRule[]): Draft[] {
  const groups = bySentence(doc, mentions);
  const eligible = eligibleRules(doc, rules);
  const out: Draft[] = [];
  doc.sentences.forEach((sentence, i) => {
    const ids = eligible[i]!;
    if (ids.length === 0) return;
    const ms = groups[i]!;
    const kinds = kindsOf(ms);
    let ctx: SentenceContext | null = null;
    // In rule order, so that output does not depend on which keyword was found first.
    for (const id of ids) {
      const r = rules[id]!;
      if (!hasKinds(r.pattern.needs, kinds)) continue;
      ctx ??= { doc, sentence, mentions: ms, tagged: tagSentence(doc.text, sentence.start, sentence.end, ms) };
      for (const d of runRule(r, ctx, kinds)) out.push(d);
    }
  });
  return out;
}
