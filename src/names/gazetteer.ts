// The gazetteer: general-knowledge names (countries, cities, regions, well-known companies and
// products) with their aliases, extendable by a user's JSON file.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ENTITY_TYPES } from '../schema.js';
import data from './gazetteer.json' with { type: 'json' };
import { canonicalName, isShortAcronym, nameKey, wordKey } from './canonical.js';

export type EntityType = (typeof ENTITY_TYPES)[number];

export interface GazetteerEntry {
  /** Canonical display name. */
  name: string;
  type: EntityType;
  /** Other ways of writing it ("AWS", "S. Korea"). */
  aliases?: string[];
  /** Adjectives and nouns of nationality ("Korean") — places only. */
  demonyms?: string[];
  /** country, city, region … for places; free text. */
  category?: string;
  /** Country the entry belongs to (a city's country, a company's home). */
  country?: string;
}

/** A gazetteer hit over a sequence of tokens. */
export interface PhraseMatch {
  entry: GazetteerEntry;
  /** Number of tokens matched. */
  length: number;
  /** The words matched a demonym ("Korean"), not a name. */
  demonym: boolean;
}

interface Hit {
  entry: GazetteerEntry;
  demonym: boolean;
  /** For short acronyms: the only spelling (dots removed) that matches. */
  exact?: string;
}

const entryMessage = 'expected one of org|person|place|product';
/** Longest name or alias, in characters: every word-prefix of a name is indexed, so one of thousands of
 * words cost the square of its length (20,000 words: 5 s and 1.3 GB); the longest real names are far shorter. */
const MAX_NAME = 200;
const tooLong = { error: `expected at most ${MAX_NAME} characters` };
const Entry = z.strictObject({
  name: z.string({ error: 'expected a string' }).trim().min(1, { error: 'expected a non-empty name' }).max(MAX_NAME, tooLong),
  type: z.enum(ENTITY_TYPES, { error: entryMessage }),
  aliases: z.array(z.string({ error: 'expected a string' }).trim().min(1, { error: 'expected a non-empty alias' }).max(MAX_NAME, tooLong), { error: 'expected an array of strings' }).optional(),
  demonyms: z.array(z.string({ error: 'expected a string' }).trim().min(1).max(MAX_NAME, tooLong), { error: 'expected an array of strings' }).optional(),
  category: z.string({ error: 'expected a string' }).optional(),
  country: z.string({ error: 'expected a string' }).optional(),
});
const Entries = z.array(Entry, { error: 'expected an array of entries' });

/** Splits a name into word keys the way the name recognizer tokenizes text. */
export function phraseWords(s: string): string[] {
  return s
    .replace(/^the\s+/i, '')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => wordKey(w.replace(/['’]s$/i, '')))
    .filter(Boolean);
}

export class Gazetteer {
  readonly entries: readonly GazetteerEntry[];
  private readonly byKey = new Map<string, Hit[]>();
  private readonly phrases = new Map<string, Hit[]>();
  private readonly prefixes = new Set<string>();
  /** Memo of lookupHit (the gazetteer never changes after construction). */
  private readonly memo = new Map<string, { entry: GazetteerEntry; demonym: boolean } | null>();
  /** Longest alias, in words. */
  readonly maxWords: number;

  constructor(entries: readonly GazetteerEntry[]) {
    this.entries = entries;
    let max = 1;
    // Later entries win over earlier ones for the same key: a user's file overrides the built-in list.
    for (const entry of entries) {
      const names: [string, boolean][] = [[entry.name, false]];
      for (const a of entry.aliases ?? []) names.push([a, false]);
      for (const d of entry.demonyms ?? []) {
        names.push([d, true]);
        // The people of a country: "Egyptians", "Kenyans", "Israelis" (not "Chineses").
        if (/(?:an|i)$/.test(d) && !(entry.demonyms ?? []).includes(`${d}s`)) names.push([`${d}s`, true]);
      }
      for (const [surface, demonym] of names) {
        const hit: Hit = { entry, demonym };
        if (isShortAcronym(surface) && !/\s/.test(surface)) hit.exact = surface.replace(/\./g, '');
        const key = nameKey(surface);
        if (key) this.add(this.byKey, key, hit);
        const words = phraseWords(surface);
        if (!words.length) continue;
        max = Math.max(max, words.length);
        const pkey = words.join(' ');
        this.add(this.phrases, pkey, hit);
        for (let i = 1; i < words.length; i++) this.prefixes.add(words.slice(0, i).join(' '));
      }
    }
    this.maxWords = max;
  }

  private add(map: Map<string, Hit[]>, key: string, hit: Hit): void {
    const list = map.get(key);
    if (!list) {
      map.set(key, [hit]);
      return;
    }
    // Replace an earlier hit with the same spelling rule; keep exact-case and free hits apart.
    const i = list.findIndex((h) => h.exact === hit.exact);
    if (i >= 0) list[i] = hit;
    else list.push(hit);
  }

  private pick(hits: Hit[] | undefined, surfaceNoDots: string | undefined): Hit | undefined {
    if (!hits) return undefined;
    let free: Hit | undefined;
    for (const h of hits) {
      if (h.exact !== undefined) {
        if (surfaceNoDots !== undefined && h.exact === surfaceNoDots) return h;
      } else free = h;
    }
    return free;
  }

  /** The entry a surface form names ("AWS", "Krafton Inc.", "Korean"), or undefined. */
  lookup(surface: string): GazetteerEntry | undefined {
    return this.lookupHit(surface)?.entry;
  }

  /** Like lookup, and says whether the surface was a demonym. */
  lookupHit(surface: string): { entry: GazetteerEntry; demonym: boolean } | undefined {
    const cached = this.memo.get(surface);
    if (cached !== undefined) return cached ?? undefined;
    const r = this.lookupUncached(surface);
    if (this.memo.size > 50_000) this.memo.clear();
    this.memo.set(surface, r ?? null);
    return r;
  }

  private lookupUncached(surface: string): { entry: GazetteerEntry; demonym: boolean } | undefined {
    const t = surface.trim();
    const noDots = t.replace(/\./g, '');
    const h = this.pick(this.byKey.get(nameKey(t)), noDots);
    if (h) return { entry: h.entry, demonym: h.demonym };
    // "the Korean government" → the country entry
    const c = canonicalName(t);
    if (c !== t) {
      const h2 = this.pick(this.byKey.get(nameKey(c)), c.replace(/\./g, ''));
      if (h2) return { entry: h2.entry, demonym: false };
    }
    return undefined;
  }

  /** Canonical name of a surface form: the gazetteer's name when known, else canonicalName(). */
  canonical(surface: string): string {
    return this.lookup(surface)?.name ?? canonicalName(surface);
  }

  /** Whether some alias starts with these words (for incremental longest-match scans). */
  hasPrefix(wordsKey: string): boolean {
    return this.prefixes.has(wordsKey);
  }

  /**
   * Longest match of gazetteer names over word keys starting at `start`. `raw` gives the words as
   * written (short acronyms such as "US" only match exactly). At most `limit` words are read.
   */
  matchAt(keys: readonly string[], raw: readonly string[], start: number, limit = keys.length): PhraseMatch | undefined {
    let best: PhraseMatch | undefined;
    let k = '';
    const end = Math.min(limit, start + this.maxWords);
    for (let j = start; j < end; j++) {
      k = j === start ? keys[j]! : `${k} ${keys[j]}`;
      const hits = this.phrases.get(k);
      if (hits) {
        const h = this.pick(hits, j === start ? raw[j]!.replace(/\./g, '') : undefined);
        if (h) best = { entry: h.entry, length: j - start + 1, demonym: h.demonym };
      }
      if (!this.prefixes.has(k)) break;
    }
    return best;
  }

  /** Like matchAt, reading `key` and `raw` of word objects (no arrays to build). */
  matchWords(words: readonly { key: string; raw: string }[], start: number, limit = words.length): PhraseMatch | undefined {
    let best: PhraseMatch | undefined;
    let k = '';
    const end = Math.min(limit, start + this.maxWords);
    for (let j = start; j < end; j++) {
      const w = words[j]!;
      k = j === start ? w.key : `${k} ${w.key}`;
      const hits = this.phrases.get(k);
      if (hits) {
        const h = this.pick(hits, j === start ? w.raw.replace(/\./g, '') : undefined);
        if (h) best = { entry: h.entry, length: j - start + 1, demonym: h.demonym };
      }
      if (!this.prefixes.has(k)) break;
    }
    return best;
  }

  /** A new gazetteer with these entries added (they override built-in ones with the same names). */
  withEntries(extra: readonly GazetteerEntry[]): Gazetteer {
    return new Gazetteer([...this.entries, ...extra]);
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

/**
 * Reads a user's alias file (an array of entries, or `{ "entries": [...] }`), validated.
 * Throws an Error naming the file and the bad entry: `aliases.json: entries[3].type: expected one of …`.
 */
export function loadAliases(file: string): GazetteerEntry[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`${file}: cannot read alias file: ${(err as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(`${file}: invalid JSON: ${(err as Error).message}`);
  }
  return parseAliases(json, file);
}

/** Validates already-parsed alias data; `label` names its origin in error messages. */
export function parseAliases(json: unknown, label = 'aliases'): GazetteerEntry[] {
  let list: unknown;
  if (Array.isArray(json)) list = json;
  else if (json !== null && typeof json === 'object' && 'entries' in json) {
    const extra = Object.keys(json).filter((k) => k !== 'entries' && k !== '$schema' && k !== 'description');
    if (extra.length) throw new Error(`${label}: unknown top-level key "${extra[0]}" (expected "entries")`);
    list = (json as { entries: unknown }).entries;
  } else {
    throw new Error(`${label}: expected an array of entries or an object { "entries": [...] }`);
  }
  const r = Entries.safeParse(list);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const path = formatPath(['entries', ...issue.path]);
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') message = `unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    const more = r.error.issues.length > 1 ? ` (and ${r.error.issues.length - 1} more problem${r.error.issues.length > 2 ? 's' : ''})` : '';
    throw new Error(`${label}: ${path}: ${message}${more}`);
  }
  return r.data as GazetteerEntry[];
}

/** The built-in entries (general knowledge). */
export const builtinEntries: readonly GazetteerEntry[] = (data as { entries: GazetteerEntry[] }).entries;

/** The built-in gazetteer. */
export const defaultGazetteer = new Gazetteer(builtinEntries);

/** The built-in gazetteer extended by users' alias files (later files override earlier ones). */
export function createGazetteer(aliasFiles: readonly string[] = [], extra: readonly GazetteerEntry[] = []): Gazetteer {
  if (!aliasFiles.length && !extra.length) return defaultGazetteer;
  const added: GazetteerEntry[] = [];
  // No push(...): an alias file of a few hundred thousand lines overflows the stack.
  for (const f of aliasFiles) for (const a of loadAliases(f)) added.push(a);
  for (const a of extra) added.push(a);
  return defaultGazetteer.withEntries(added);
}
