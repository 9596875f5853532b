// The extraction pipeline: recognize values, resolve overlaps, run the rules, refine, emit facts.
import { makeDocument, type Document } from './document/index.js';
import type { Draft } from './engine/draft.js';
import { factId, toFact } from './engine/draft.js';
import { bySentence, runRules, type CompiledRule } from './engine/run.js';
import { builtinRules, codeRules, type CodeRule } from './facts/index.js';
import { defaultRecognizers, recognizersWith } from './recognizers/index.js';
import { createGazetteer } from './names/gazetteer.js';
import type { Mention, Recognizer } from './recognizers/types.js';
import { mentionDrafts } from './refine/mentions.js';
import { resolveOverlaps } from './refine/overlaps.js';
import { linkOrgs } from './refine/link-orgs.js';
import { linkNames } from './recognizers/names/index.js';
import { linkPronouns } from './recognizers/names/pronouns.js';
import { refiners } from './refine/index.js';
import type { Fact } from './schema.js';

export interface ExtractOptions {
  /** Reference date (YYYY-MM-DD) for documents with no date header. */
  date?: string | null;
  /** Also emit mention.* facts for values that no rule consumed. */
  mentions?: boolean;
  /** Extra compiled rules (a user's --rules file), run by the same engine as the built-in ones. */
  rules?: CompiledRule[];
  /** Replaces the default recognizers. */
  recognizers?: Recognizer[];
  /** Alias files (JSON) that extend the gazetteer of names; validated when first used. */
  aliases?: string[];
  /** Keep only these types; a trailing `*` matches a family ("users.*"). */
  types?: string[];
  minConfidence?: number;
  /** Inputs larger than this many bytes are skipped with an error (a document is held whole in memory). */
  maxBytes?: number;
}

export interface Context {
  doc: Document;
  mentions: Mention[];
}

/** The mentions of each sentence (grouped once per document), so that steps stay linear in its size. */
export function sentenceMentions(ctx: Context): Mention[][] {
  return bySentence(ctx.doc, ctx.mentions);
}

const withUserRules = new WeakMap<CompiledRule[], CompiledRule[]>();
/** Built-in and user rules as one list, the same list object for every document (its keyword index is built once). */
function allRules(user: CompiledRule[] | undefined): CompiledRule[] {
  if (!user?.length) return builtinRules();
  let all = withUserRules.get(user);
  if (!all) {
    all = [...builtinRules(), ...user];
    withUserRules.set(user, all);
  }
  return all;
}

export function recognize(doc: Document, recognizers: Recognizer[]): Mention[] {
  const all: Mention[] = [];
  const ctx = { refDate: doc.date };
  for (const r of recognizers) for (const m of r.find(doc.text, ctx)) all.push(m);
  // A later "Kwon" is the "Jason Kwon" named before; a later "Heliotrope" the "Heliotrope AI".
  // A "she" opening a sentence is the person who leads the one before.
  return linkPronouns(doc, linkOrgs(doc.text, linkNames(resolveOverlaps(all))));
}

const withAliases = new Map<string, Recognizer[]>();
/** The default recognizers, or ones whose gazetteer holds the user's aliases (built once per set of files). */
export function recognizersFor(aliases: string[] | undefined): Recognizer[] {
  if (!aliases?.length) return defaultRecognizers();
  const key = aliases.join('\u0000');
  let r = withAliases.get(key);
  if (!r) {
    r = recognizersWith(createGazetteer(aliases));
    withAliases.set(key, r);
  }
  return r;
}

/** Whether `s` matches `pattern`, where `*` stands for any characters: a walk that returns to the last
 * star, in time proportional to the two lengths (a regular expression of many stars took exponential time). */
export function globMatch(pattern: string, s: string): boolean {
  let i = 0;
  let j = 0;
  let star = -1;
  let mark = 0;
  while (j < s.length) {
    if (i < pattern.length && pattern[i] !== '*' && pattern[i] === s[j]) {
      i++;
      j++;
    } else if (i < pattern.length && pattern[i] === '*') {
      star = i++;
      mark = j;
    } else if (star !== -1) {
      i = star + 1;
      j = ++mark;
    } else return false;
  }
  while (i < pattern.length && pattern[i] === '*') i++;
  return i === pattern.length;
}

export function typeFilter(types: string[] | undefined): (t: string) => boolean {
  if (!types || types.length === 0) return () => true;
  // Each type is tested once: a run has a few dozen types and thousands of facts.
  const known = new Map<string, boolean>();
  return (t) => {
    let r = known.get(t);
    if (r === undefined) known.set(t, (r = types.some((p) => globMatch(p, t))));
    return r;
  };
}

export function extractDocument(doc: Document, options: ExtractOptions = {}): Fact[] {
  const mentions = recognize(doc, options.recognizers ?? recognizersFor(options.aliases));
  const ctx: Context = { doc, mentions };
  let drafts: Draft[] = runRules(doc, mentions, allRules(options.rules));
  for (const r of codeRules() as CodeRule[]) for (const d of r.run(ctx)) drafts.push(d); // no push(...): a huge document overflows the stack
  for (const refine of refiners) drafts = refine(ctx, drafts);
  if (options.mentions) for (const d of mentionDrafts(doc, mentions, drafts)) drafts.push(d);
  const keep = typeFilter(options.types);
  const min = options.minConfidence ?? 0;
  const facts = drafts
    .filter((d) => keep(d.type) && d.confidence >= min)
    .map((d) => toFact(doc, d))
    .sort((a, b) => a.evidence.start - b.evidence.start || a.evidence.end - b.evidence.end || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Facts of one list ("a round co-led by A and B") share their words, type and value: the second and
  // later name their parties in their ids, so that ids stay unique and the others stay as they were.
  let seen: Set<string> | null = null;
  for (let i = 1; i < facts.length; i++) {
    const f = facts[i]!;
    if (f.id !== facts[i - 1]!.id && !seen?.has(f.id)) continue;
    seen ??= new Set(facts.slice(0, i).map((x) => x.id));
    if (seen.has(f.id)) f.id = factId(doc.file, f.type, f.evidence.start, f.evidence.end, f.value, `${f.subject ?? ''}\u0000${f.object ?? ''}`);
    seen.add(f.id);
  }
  return facts;
}

/** Library entry point: the typed facts of one article's text. */
export function extract(text: string, options: ExtractOptions & { file?: string } = {}): Fact[] {
  return extractDocument(makeDocument(options.file ?? '-', text, { date: options.date ?? null }), options);
}
