// Tokens and capitalised runs for the name recognizer. One regex pass finds capitalised words;
// consecutive ones (joined by spaces or a connector such as "of" or "&") form a run.
import { isLegalSuffix, wordKey } from '../../names/canonical.js';
import type { Gazetteer } from '../../names/gazetteer.js';
import * as L from './lexicon.js';
import { CONNECTORS, NAME_PARTICLES } from './lexicon.js';

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
  /** "Neung-dong", "Gangnam-gu" */
  koreanAdmin: boolean;
  /** "Ministry", "University": heads of "… of …" names */
  ofHead: boolean;
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
    nameWord: NAME_WORD.test(raw) && !(stop || generic || (month && !L.GIVEN_NAMES.has(key)) || titleHead || titleMod || suffix),
    initial: /^\p{Lu}\.$/u.test(raw),
    nameSuffix: L.NAME_SUFFIXES.has(key) || /^(?:II|III|IV|Jr\.?|Sr\.?)$/.test(raw),
    orgHead: L.ORG_HEADS.has(key),
    genericHead: L.GENERIC_HEADS.has(key),
    hyphenGiven: /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(raw),
    koreanSurname: L.KOREAN_SURNAMES.has(key),
    given: L.GIVEN_NAMES.has(key),
    koreanAdmin: raw.includes('-') && L.KOREAN_ADMIN.test(raw),
    ofHead: L.OF_HEADS.has(key),
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
/** Where a capitalised word may start. */
const CANDIDATE = /[A-Z\u0080-\uffff]/g;
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
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 13 || line.charCodeAt(end - 1) === 9)) end--;
  const last = line.charCodeAt(end - 1);
  if (last === 46 || last === 33 || last === 63 || last === 0x201d || last === 34 || last === 58) return '';
  let letters = 0;
  let upper = 0;
  let cap = 0;
  let func = 0;
  let words = 0;
  let i = 0;
  while (i < end) {
    const k = classAt(line, i);
    if (!(k & (UPPER | LOWER))) {
      i++;
      continue;
    }
    const st = i;
    let allUpper = (k & UPPER) !== 0;
    i++;
    while (i < end) {
      const kk = classAt(line, i);
      const c = line.charCodeAt(i);
      if (kk & WORD) {
        if (kk & LOWER) allUpper = false;
        i++;
      } else if (c === 39 || c === 0x2019 || c === 45) i++;
      else break;
    }
    words++;
    const len = i - st;
    if (len < 2 && !(k & UPPER)) continue;
    letters++;
    if (len >= 2 && allUpper) upper++;
    if (k & UPPER) {
      cap++;
      if (words > 1 && len <= 4 && FUNCTION_CAPS.has(line.slice(st, i))) func++;
    }
  }
  if (words < 3) return '';
  if (letters >= 3 && upper / letters >= 0.6) return 'caps';
  if (letters >= 4 && cap / letters >= 0.75 && func > 0) return 'title';
  return '';
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 160;
}

/**
 * Whether the gap between two capitalised words joins them: '' for plain spaces, the connector
 * words ("of", "&", "van der") with their offsets, or null.
 */
function joinGap(text: string, from: number, to: number): '' | { word: string; s: number }[] | null {
  const len = to - from;
  if (len < 1 || len > 14) return null;
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  if (i === to) return len <= 3 ? '' : null;
  if (i === from) return null;
  const words: { word: string; s: number }[] = [];
  while (i < to) {
    if (i - from > 12 || words.length >= 2) return null;
    const ws = i;
    while (i < to && !isSpace(text.charCodeAt(i))) i++;
    const word = text.slice(ws, i);
    if (!CONNECTORS.has(word)) return null;
    // two connectors only as name particles: "van der", "de la", "von der"
    if (words.length === 1 && !(NAME_PARTICLES.has(words[0]!.word) && NAME_PARTICLES.has(word))) return null;
    words.push({ word, s: ws });
    const we = i;
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    if (i - we < 1 || i - we > 2) return null;
  }
  return words;
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
  // jump between candidates with a plain (non-Unicode) regex: capitals, "eBay"-style starts, non-ASCII
  const cand = new RegExp(CANDIDATE.source, 'g');
  let i = 0;
  while (i < n) {
    cand.lastIndex = i;
    const cm = cand.exec(text);
    if (!cm) break;
    i = cm.index;
    const k = classAt(text, i);
    if (!(k & WORD)) {
      i++;
      continue;
    }
    // a token starts a word with a capital, or is "eBay"/"iPhone"/"xAI" (one lower-case letter first)
    if (!(k & UPPER)) {
      i++;
      while (i < n && classAt(text, i) & WORD) i++;
      continue;
    }
    if (i > 0 && classAt(text, i - 1) & WORD) {
      const p = text.charCodeAt(i - 1);
      if (p >= 97 && p <= 122 && (i === 1 || !(classAt(text, i - 2) & WORD))) i--;
      else {
        i++;
        while (i < n && classAt(text, i) & WORD) i++;
        continue;
      }
    }
    const s = i;
    let j = i + 1;
    let h = -1; // last inner hyphen
    let dots = false;
    for (;;) {
      while (j < n && classAt(text, j) & WORD) j++;
      const c = text.charCodeAt(j);
      if (j + 1 < n && isJoiner(c) && classAt(text, j + 1) & WORD) {
        if (c === 45) h = j;
        else if (c === 46) dots = true;
        j += 2;
        continue;
      }
      break;
    }
    let e = j;
    const trail = text.charCodeAt(j);
    if (j < n && (trail === 46 || trail === 43)) j++;
    i = j;
    let poss = false;
    let hyph = '';
    if (trail === 43) e = j;
    // possessive 's
    const c1 = text.charCodeAt(e - 1);
    const c2 = text.charCodeAt(e - 2);
    if (e - s > 2 && c1 === 115 && (c2 === 39 || c2 === 0x2019)) {
      e -= 2;
      poss = true;
    }
    // hyphen cue: "Munich-based"
    if (h > s && h < e) {
      const suffix = text.slice(h + 1, e);
      if (HYPHEN_CUES.has(suffix)) {
        hyph = suffix;
        e = h;
      }
    }
    // a dot after the word: "Inc.", "U.S.", "L." keep it; a sentence's full stop does not belong
    if (!poss && !hyph && trail === 46 && e === j - 1) {
      if (e - s === 1 || dots) e = j;
      else {
        const stem = text.slice(s, e);
        if (ABBREV.has(stem.toLowerCase()) || isLegalSuffix(stem)) e = j;
      }
    }
    if (e <= s) continue;
    const raw = text.slice(s, e);
    const after = e;
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
    if (h > s && h < e && /-\p{Lu}/u.test(raw) && !gaz.matchAt([wordKey(raw)], [raw], 0)) {
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
        for (const c of conn) cur.push({ s: c.s, e: c.s + c.word.length, raw: c.word, key: c.word, w: wordInfo(c.word), conn: true, poss: false, hyph: '' });
        joined = true;
      } else if (tok.w.suffix && text.charCodeAt(prev.e) === 44 && tok.s - prev.e <= 3 && !/^\p{Lu}{2}$/u.test(tok.raw.replace(/\./g, ''))) {
        // "Apple, Inc.", "Co., Ltd."
        joined = true;
      }
    }
    if (!joined) flush();
    // a function word cannot start a name ("The", "According", "However"); "US" can
    if (!cur.length && tok.w.stop && !tok.hyph && tok.raw !== tok.raw.toUpperCase()) return;
    cur.push(tok);
  }
}
