// Tokens and capitalised runs for the name recognizer. One regex pass finds capitalised words;
// consecutive ones (joined by spaces or a connector such as "of" or "&") form a run.
import { isLegalSuffix, wordKey } from '../../names/canonical.js';
import type { Gazetteer } from '../../names/gazetteer.js';
import * as L from './lexicon.js';
import { CONNECTORS } from './lexicon.js';

/** What the recognizer needs to know about one word, computed once per distinct spelling. */
export interface WordInfo {
  key: string;
  /** Legal-form suffix: "Inc.", "Co.", "GmbH". */
  suffix: boolean;
  stop: boolean;
  generic: boolean;
  month: boolean;
  titleHead: boolean;
  titleMod: boolean;
  honorific: boolean;
  /** Shaped like a word of a personal name and not a cue word. */
  nameWord: boolean;
  /** "L." */
  initial: boolean;
  /** "Jr.", "III" */
  nameSuffix: boolean;
  orgHead: boolean;
  genericHead: boolean;
  /** "Beom-su" */
  hyphenGiven: boolean;
  koreanSurname: boolean;
  given: boolean;
}

const NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{L}[\p{Ll}\p{M}]*)*|(?:Mc|Mac|De|Di|Le|La|Du|O['’])\p{Lu}[\p{Ll}\p{M}]+)$/u;
const INFO = new Map<string, WordInfo>();

export function isTitleHeadKey(key: string): boolean {
  return L.TITLE_HEADS.has(key) || (key.startsWith('co-') && L.TITLE_HEADS.has(key.slice(3)));
}

/** Word facts, memoised by spelling. */
export function wordInfo(raw: string): WordInfo {
  let w = INFO.get(raw);
  if (w) return w;
  const key = wordKey(raw);
  const suffix = isLegalSuffix(raw);
  const stop = L.STOP.has(key);
  const generic = L.GENERIC.has(key);
  const month = L.MONTHS_DAYS.has(key);
  const titleHead = isTitleHeadKey(key);
  const titleMod = L.TITLE_MODS.has(key);
  w = {
    key,
    suffix,
    stop,
    generic,
    month,
    titleHead,
    titleMod,
    honorific: /^(?:Mr|Ms|Mrs|Dr|Prof|Sir|Dame)\.?$/.test(raw),
    nameWord: NAME_WORD.test(raw) && !(stop || generic || month || titleHead || titleMod || suffix),
    initial: /^\p{Lu}\.$/u.test(raw),
    nameSuffix: L.NAME_SUFFIXES.has(key) || /^(?:II|III|IV|Jr\.?|Sr\.?)$/.test(raw),
    orgHead: L.ORG_HEADS.has(key),
    genericHead: L.GENERIC_HEADS.has(key),
    hyphenGiven: /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(raw),
    koreanSurname: L.KOREAN_SURNAMES.has(key),
    given: L.GIVEN_NAMES.has(key),
  };
  if (INFO.size > 100_000) INFO.clear();
  INFO.set(raw, w);
  return w;
}

export interface Tok {
  /** Span of the word (possessive and sentence-final dot excluded). */
  s: number;
  e: number;
  raw: string;
  /** wordKey(raw): lower case, no dots, no diacritics. */
  key: string;
  /** Facts about the word. */
  w: WordInfo;
  /** A lower-case connector between capitalised words ("of", "&", "von"). */
  conn: boolean;
  /** Followed by a possessive 's / ’s. */
  poss: boolean;
  /** Lower-case word after a hyphen that is a cue ("based" in "Munich-based"), or ''. */
  hyph: string;
}

export interface Run {
  toks: Tok[];
  s: number;
  e: number;
  /** Index of the line's headline kind: '' for ordinary text. */
  headline: '' | 'caps' | 'title';
}

// Character classes: a manual scanner is several times faster than a Unicode regex.
const WORD = 1;
const UPPER = 2;
const LOWER = 4;
const ASCII = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII[c] = WORD;
for (let c = 65; c <= 90; c++) ASCII[c] = WORD | UPPER;
for (let c = 97; c <= 122; c++) ASCII[c] = WORD | LOWER;
const WIDE = new Map<number, number>();
function wideClass(c: number): number {
  let k = WIDE.get(c);
  if (k === undefined) {
    const ch = String.fromCharCode(c);
    k = /\p{Lu}|\p{Lt}/u.test(ch) ? WORD | UPPER : /\p{L}/u.test(ch) ? WORD | LOWER : /[\p{M}\p{N}]/u.test(ch) ? WORD : 0;
    WIDE.set(c, k);
  }
  return k;
}
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < 128 ? ASCII[c]! : c !== c ? 0 : wideClass(c);
}
/** Inner joiners of a word: - . & ' ’ + */
function isJoiner(c: number): boolean {
  return c === 45 || c === 46 || c === 38 || c === 39 || c === 0x2019 || c === 43;
}

/** Words after a hyphen that are cues, not part of the name. */
export const HYPHEN_CUES: ReadonlyMap<string, 'place' | 'org' | 'product' | ''> = new Map([
  ...['based', 'headquartered', 'born', 'registered', 'domiciled'].map((w) => [w, 'place'] as const),
  ...['backed', 'owned', 'funded', 'led', 'listed', 'controlled', 'affiliated', 'run', 'operated', 'supported', 'founded', 'financed', 'sponsored'].map((w) => [w, 'org'] as const),
  ...['powered', 'enabled', 'branded', 'integrated'].map((w) => [w, 'product'] as const),
  ...['made', 'linked', 'related', 'style', 'like', 'focused', 'centric', 'specific', 'only', 'wide', 'bound', 'origin', 'born', 'level', 'sized', 'scale', 'first', 'friendly', 'language', 'speaking', 'built', 'designed', 'developed', 'exclusive', 'compatible'].map((w) => [w, ''] as const),
]);

/** Abbreviations whose dot belongs to the word even at a sentence end. */
const ABBREV = new Set(
  'inc corp co ltd jr sr st mr ms mrs dr prof bros no gov sen rep gen lt col capt jan feb mar apr jun jul aug sep sept oct nov dec mt ft plc llc bhd pte pty vs messrs'.split(' '),
);

const MAX_RUN = 40;

const FUNCTION_CAPS = new Set(['In', 'Of', 'To', 'For', 'And', 'On', 'At', 'With', 'Its', 'As', 'By', 'From', 'Is', 'Are', 'Be', 'Has', 'Have', 'Into', 'After', 'Over', 'A', 'An', 'The', 'Amid', 'Will', 'Could', 'May', 'Says', 'Set', 'Than', 'Up', 'Out', 'Vs']);

/** 'caps' for an ALL-CAPS line, 'title' for a Title-Case headline, else ''. */
export function headlineKind(line: string): '' | 'caps' | 'title' {
  // body sentences end with a full stop; headlines rarely do
  const last = line.trimEnd().slice(-1);
  if (last === '.' || last === '!' || last === '?' || last === '”' || last === '"' || last === ':') return '';
  const words = line.match(/\p{L}[\p{L}\p{M}'’-]*/gu);
  if (!words || words.length < 3) return '';
  let letters = 0;
  let upper = 0;
  let cap = 0;
  let func = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.length < 2 && !/^\p{Lu}$/u.test(w)) continue;
    letters++;
    if (w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase()) upper++;
    if (/^\p{Lu}/u.test(w)) {
      cap++;
      if (i > 0 && FUNCTION_CAPS.has(w)) func++;
    }
  }
  if (letters >= 3 && upper / letters >= 0.6) return 'caps';
  if (letters >= 4 && cap / letters >= 0.75 && func > 0) return 'title';
  return '';
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 160;
}

/** Whether the gap between two capitalised words joins them; returns the connector word, '' or null. */
function joinGap(text: string, from: number, to: number): string | null {
  const len = to - from;
  if (len < 1 || len > 10) return null;
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  if (i === to) return len <= 3 ? '' : null;
  if (i === from || i - from > 2) return null;
  const ws = i;
  while (i < to && !isSpace(text.charCodeAt(i))) i++;
  const word = text.slice(ws, i);
  const we = i;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  if (i !== to || i - we < 1 || i - we > 2) return null;
  return CONNECTORS.has(word) ? word : null;
}

/** Finds capitalised runs in text. `gaz` splits "Korea-U.S." into two names. */
export function findRuns(text: string, gaz: Gazetteer): Run[] {
  const runs: Run[] = [];
  const n = text.length;
  let lineEnd = -1;
  let lineKind: '' | 'caps' | 'title' = '';
  let cur: Tok[] = [];
  let curKind: '' | 'caps' | 'title' = '';
  const flush = (): void => {
    if (!cur.length) return;
    // a lone function word or generic word is nothing ("The", "However", "AI") unless the gazetteer knows it
    if (cur.length === 1) {
      const t = cur[0]!;
      if ((t.w.stop || t.w.generic || t.w.month) && !t.hyph && !gaz.matchWords(cur, 0, 1)) {
        cur = [];
        return;
      }
    }
    runs.push({ toks: cur, s: cur[0]!.s, e: cur[cur.length - 1]!.e, headline: curKind });
    cur = [];
  };
  let i = 0;
  while (i < n) {
    const k = classAt(text, i);
    if (!(k & WORD)) {
      i++;
      continue;
    }
    // at a word start: a token starts with a capital, or "eBay"/"iPhone"/"xAI"
    const isTok = (k & UPPER) !== 0 || ((k & LOWER) !== 0 && text.charCodeAt(i) < 128 && i + 1 < n && (classAt(text, i + 1) & UPPER) !== 0);
    if (!isTok) {
      i++;
      while (i < n && classAt(text, i) & WORD) i++;
      continue;
    }
    const s = i;
    let j = i + 1;
    for (;;) {
      while (j < n && classAt(text, j) & WORD) j++;
      if (j + 1 < n && isJoiner(text.charCodeAt(j)) && classAt(text, j + 1) & WORD) {
        j += 2;
        continue;
      }
      break;
    }
    if (j < n && (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 43)) j++;
    i = j;
    let raw = text.slice(s, j);
    let poss = false;
    let hyph = '';
    // possessive 's
    const len = raw.length;
    if (len > 2 && (raw.charCodeAt(len - 1) === 115 && (raw.charCodeAt(len - 2) === 39 || raw.charCodeAt(len - 2) === 0x2019))) {
      raw = raw.slice(0, -2);
      poss = true;
    } else if (len > 3 && raw.endsWith('.') && /['’]s\.$/.test(raw)) {
      raw = raw.slice(0, -3);
      poss = true;
    }
    // hyphen cue: "Munich-based"
    const h = raw.lastIndexOf('-');
    if (h > 0) {
      const suffix = raw.slice(h + 1).replace(/\.$/, '');
      if (HYPHEN_CUES.has(suffix)) {
        hyph = suffix;
        raw = raw.slice(0, h);
      }
    }
    // sentence-final dot
    if (!poss && !hyph && raw.length > 1 && raw.charCodeAt(raw.length - 1) === 46) {
      const stem = raw.slice(0, -1);
      const keep = stem.length === 1 || stem.includes('.') || ABBREV.has(stem.toLowerCase()) || isLegalSuffix(stem);
      if (!keep) raw = stem;
    }
    if (!raw) continue;
    const after = s + raw.length;
    // hyphen cue after the token: "U.S.-based"
    if (!hyph && text.charCodeAt(after) === 45) {
      const hm = /^-([a-z]+)/.exec(text.slice(after, after + 16));
      if (hm && HYPHEN_CUES.has(hm[1]!)) hyph = hm[1]!;
    }
    if (!poss && !hyph) {
      const c = text.charCodeAt(after);
      if ((c === 39 || c === 0x2019) && raw.endsWith('s') && !(classAt(text, after + 1) & WORD)) poss = true;
    }
    // line and headline kind
    if (s >= lineEnd) {
      const ls = text.lastIndexOf('\n', s) + 1;
      const le = text.indexOf('\n', s);
      lineEnd = le < 0 ? n : le;
      lineKind = lineEnd - ls < 250 ? headlineKind(text.slice(ls, lineEnd)) : '';
      flush();
      curKind = lineKind;
    }
    let parts: Tok[] | undefined;
    // "Korea-U.S." → two names when both halves are known
    if (h > 0 && raw.includes('-') && /-\p{Lu}/u.test(raw)) {
      const pieces = raw.split('-');
      if (pieces.length >= 2 && pieces.every((p) => p && /^\p{Lu}/u.test(p) && gaz.matchAt([wordKey(p)], [p], 0)?.length === 1)) {
        parts = [];
        let off = s;
        for (const p of pieces) {
          const w = wordInfo(p);
          parts.push({ s: off, e: off + p.length, raw: p, key: w.key, w, conn: false, poss: false, hyph: '' });
          off += p.length + 1;
        }
        parts[parts.length - 1]!.poss = poss;
        parts[parts.length - 1]!.hyph = hyph;
      }
    }
    if (!parts) {
      const w = wordInfo(raw);
      this_push(text, { s, e: after, raw, key: w.key, w, conn: false, poss, hyph }, true);
    } else for (let pi = 0; pi < parts.length; pi++) this_push(text, parts[pi]!, pi === 0);
  }
  flush();
  return runs;

  function this_push(text: string, tok: Tok, first: boolean): void {
    const prev = cur.length ? cur[cur.length - 1]! : undefined;
    let joined = false;
    if (prev && first && !prev.poss && !prev.hyph && cur.length < MAX_RUN) {
      const conn = joinGap(text, prev.e, tok.s);
      if (conn === '') joined = true;
      else if (conn !== null) {
        const cs = text.indexOf(conn, prev.e);
        cur.push({ s: cs, e: cs + conn.length, raw: conn, key: conn, w: wordInfo(conn), conn: true, poss: false, hyph: '' });
        joined = true;
      } else if (tok.w.suffix && text.charCodeAt(prev.e) === 44 && tok.s - prev.e <= 3 && !/^\p{Lu}{2}$/u.test(tok.raw.replace(/\./g, ''))) {
        // "Apple, Inc.", "Co., Ltd."
        joined = true;
      }
    }
    if (!joined) flush();
    cur.push(tok);
  }
}
