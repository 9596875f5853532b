// Paragraphs and sentences with exact offsets. Rules look inside one sentence, so the splitter must not
// break on "S. Korea", "U.S.", "Inc.", "Jul.", decimals or initials, nor inside a quotation.
import { markFrom } from './marks.js';

export interface Span {
  start: number;
  end: number;
}
export interface Sentence extends Span {
  index: number;
  paragraph: number;
}

/** Longest sentence, in characters, before it is cut at a space. */
export const MAX_SENTENCE = 1500;

const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set([')', ']', '’', "'"]);
const SPECIAL = /[.!?…"\u201C\u201D]/g;
// Titles before a name: never a sentence end.
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'gov', 'sen', 'rep', 'gen', 'col', 'lt', 'sgt', 'capt', 'messrs', 'vs', 'approx', 'est', 'fig', 'nos']);
// Abbreviations that end a sentence only when a typical sentence opener follows.
const ABBREVIATIONS = new Set([
  'inc', 'co', 'corp', 'ltd', 'llc', 'plc', 'bhd', 'pte', 'jr', 'sr', 'etc', 'dept', 'univ', 'assn', 'bros',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun', 'e.g', 'i.e', 'a.m', 'p.m',
]);
const MONTHS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$/;
const OPENERS = new Set([
  'The', 'It', 'Its', 'This', 'That', 'These', 'Those', 'He', 'She', 'They', 'We', 'I', 'In', 'On', 'At', 'But',
  'And', 'However', 'Meanwhile', 'According', 'A', 'An', 'Its', 'His', 'Her', 'Their', 'Our', 'As', 'After',
  'Before', 'While', 'When', 'Since', 'For', 'With', 'Shares', 'Analysts', 'There', 'Last', 'Earlier', 'Today',
]);

/** Paragraphs: blocks between blank lines, each line its own paragraph unless the text is hard-wrapped. */
export function splitParagraphs(text: string, from = 0): Span[] {
  const lines: Span[] = [];
  let pos = from;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = text.length;
    let s = pos;
    let e = nl;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    lines.push({ start: s, end: e });
    pos = nl + 1;
  }
  const out: Span[] = [];
  let cur: Span | null = null;
  for (const l of lines) {
    if (l.end === l.start) {
      cur = null;
      continue;
    }
    // A line that stops mid-sentence and a next line that starts in lower case are one paragraph.
    if (cur && !/[.!?:"”’)|]$/.test(text.slice(cur.end - 1, cur.end)) && /^[a-z(,]/.test(text[l.start]!)) {
      cur.end = l.end;
      continue;
    }
    cur = { start: l.start, end: l.end };
    out.push(cur);
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10 || c === 0xa0 || c === 0xfeff || c === 0x3000;
}

/** How often each quotation mark occurs in text[start, end), in one pass (indexOf would search on past `end`). */
function quoteCounts(text: string, start: number, end: number): { open: number; close: number; straight: number } {
  let open = 0;
  let close = 0;
  let straight = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x22 || (c > 0x22 && c < 0x201c) || c > 0x201d) continue;
    if (c === 0x201c) open++;
    else if (c === 0x201d) close++;
    else if (c === 0x22) straight++;
  }
  return { open, close, straight };
}

/** The word that ends just before `dot` (letters and inner dots), lower-cased. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && dot - i <= MAX_WORD && isWordOrDot(text.charCodeAt(i - 1))) i--;
  // Longer than any abbreviation or initials ("a.a.a.…" in a scraped page): none. A run read back whole from
  // each of its dots was quadratic.
  return dot - i > MAX_WORD ? '' : text.slice(i, dot);
}

/** Letters and dots an abbreviation may be made of, at most this many. */
const MAX_WORD = 40;
function isWordOrDot(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
}

function wordAfter(text: string, at: number): string {
  const m = /^[“"‘'(]?([A-Za-z]+)/.exec(text.slice(at, at + 30));
  return m ? m[1]! : '';
}

function isAbbreviationEnd(text: string, dot: number, next: number): boolean {
  const w = wordBefore(text, dot);
  if (!w) return false;
  const lower = w.toLowerCase();
  if (TITLES.has(lower)) return true;
  // "April. 02, 2025": a month name then a day number.
  if (MONTHS.test(lower) && /\d/.test(text[next] ?? '')) return true;
  // Initials ("L.", "S. Korea") and dotted abbreviations ("U.S.") continue unless an opener follows.
  const initial = /^[A-Z]$/.test(w) || /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(w);
  if (initial || ABBREVIATIONS.has(lower)) return !OPENERS.has(wordAfter(text, next));
  return false;
}

function startsSentence(ch: string): boolean {
  return /[\p{Lu}\p{Lo}0-9“"‘'(\[¿¡]/u.test(ch);
}

export function splitSentences(text: string, paragraphs: Span[]): Sentence[] {
  const out: Sentence[] = [];
  let m: RegExpExecArray | null | undefined; // the next mark, once searched for
  paragraphs.forEach((p, pi) => {
    // Quotation marks only count when balanced within the paragraph; a stray one must not swallow it.
    const marks = quoteCounts(text, p.start, p.end);
    const curly = marks.open === marks.close;
    const straight = marks.straight % 2 === 0;
    let depth = 0;
    let inStraight = false;
    let start = p.start;
    const endAt = (j: number): void => {
      while (j < p.end && CLOSERS.has(text[j]!)) j++;
      if (j >= p.end) return;
      if (!isSpace(text.charCodeAt(j))) return;
      let k = j;
      while (k < p.end && isSpace(text.charCodeAt(k))) k++;
      if (k < p.end && !startsSentence(text[k]!)) return;
      pushSentence(start, j);
      start = k;
    };
    const pushSentence = (s: number, e: number): void => {
      while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
      // No real sentence is this long: cut run-on text (lists, tables, text without full stops) at a space,
      // so that the work of every later step stays bounded per sentence and linear in the document.
      while (e - s > MAX_SENTENCE) {
        // The last space in the second half of the allowed length (lastIndexOf would search on back to the
        // document's start in text without spaces, once per cut: quadratic).
        let cut = s + MAX_SENTENCE;
        while (cut > s + MAX_SENTENCE / 2 && text.charCodeAt(cut) !== 32) cut--;
        if (cut <= s + MAX_SENTENCE / 2) cut = s + MAX_SENTENCE;
        out.push({ start: s, end: cut, index: out.length, paragraph: pi });
        s = cut;
        while (s < e && isSpace(text.charCodeAt(s))) s++;
      }
      if (e > s) out.push({ start: s, end: e, index: out.length, paragraph: pi });
    };
    // Only quotation marks and sentence ends matter: jump from one to the next.
    for (m = markFrom(SPECIAL, text, p.start, m); m !== null && m.index < p.end; m = SPECIAL.exec(text)) {
      const i = m.index;
      const c = m[0];
      if (c === '“' && curly) depth++;
      else if (c === '”' && curly) {
        if (depth > 0) depth--;
        if (depth === 0 && TERMINAL.has(text[i - 1]!)) endAt(i + 1);
      } else if (c === '"' && straight) {
        inStraight = !inStraight;
        if (inStraight) depth++;
        else {
          if (depth > 0) depth--;
          if (depth === 0 && TERMINAL.has(text[i - 1]!)) endAt(i + 1);
        }
      } else if (TERMINAL.has(c) && depth === 0) {
        if (c === '.' && i + 1 < p.end && text[i + 1] === '.') continue; // inside an ellipsis
        let j = i + 1;
        while (j < p.end && CLOSERS.has(text[j]!)) j++;
        if (c === '.' && isAbbreviationEnd(text, i, skipSpace(text, j, p.end))) continue;
        endAt(i + 1);
      }
    }
    pushSentence(start, p.end);
  });
  return out;
}

function skipSpace(text: string, j: number, end: number): number {
  while (j < end && isSpace(text.charCodeAt(j))) j++;
  return j;
}
