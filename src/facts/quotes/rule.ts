// Quotes: one fact per passage in quotation marks, attributed to its speaker. A passage that runs
// over several sentences is one quote; one interrupted by "he said" is two. A statement that runs
// over several paragraphs, each opened by its own quotation mark, gives one quote per paragraph, all
// from the same speaker. Terms and titles in quotation marks ("national app", “open weight”, "Blue
// Harbor") are not quotes; a short phrase is one when someone is said to have said it ("claimed
// “stronger than planned” growth").
import { markFrom } from '../../document/marks.js';
import { lowerBound } from '../../lower-bound.js';
import { sentenceAt, type Document } from '../../document/index.js';
import type { Draft } from '../../engine/draft.js';
import type { Mention } from '../../recognizers/types.js';
import { topics } from '../../refine/topics.js';
import type { CodeRule } from '../index.js';

interface Passage {
  open: number;
  close: number;
  /** The passage continues a quotation left open at the end of the paragraph before. */
  continued: boolean;
}

const OPENING = new Set(['“', '"', '„']);
const CLOSING = new Set(['”', '"']);

/**
 * Quoted passages of each paragraph. A curly or straight mark opens; the next closing mark of either
 * kind closes ("…” after a straight opening mark is common). A quotation left open at the end of a
 * paragraph ends there when the next paragraph opens with a quotation mark (a statement over several
 * paragraphs); otherwise the stray mark is dropped.
 */
const MARKS = /[“”"„]/g;

export function passages(doc: Document): Passage[] {
  const out: Passage[] = [];
  const { text } = doc;
  let carried = false; // the paragraph before left a quotation open
  let m: RegExpExecArray | null | undefined; // the next quotation mark, once searched for
  doc.paragraphs.forEach((p, pi) => {
    let open: number | null = null;
    let nested = 0; // curly marks opened inside a straight-quoted passage
    let first = true;
    // Only quotation marks matter: jump from one to the next.
    for (m = markFrom(MARKS, text, p.start, m); m !== null && m.index < p.end; m = MARKS.exec(text)) {
      const i = m.index;
      const c = m[0];
      if (open !== null && c === '“' && text[open] === '"') {
        nested++;
        continue;
      }
      if (open !== null && c === '”' && nested > 0) {
        nested--;
        continue;
      }
      if (open === null) {
        if (OPENING.has(c) || c === '”') {
          // A closing curly mark with nothing open is read as an opening one only at a paragraph start.
          if (c === '”' && i !== p.start) continue;
          open = i;
        }
      } else if (CLOSING.has(c)) {
        out.push({ open, close: i, continued: first && carried && open === p.start });
        first = false;
        open = null;
        nested = 0;
      }
    }
    const next = doc.paragraphs[pi + 1];
    const nextOpens = next !== undefined && OPENING.has(text[next.start] ?? '');
    if (open !== null && nextOpens) {
      let end = p.end;
      while (end > open + 1 && /\s/.test(text[end - 1]!)) end--;
      out.push({ open, close: end, continued: first && carried && open === p.start });
      carried = true;
    } else carried = false;
  });
  return out;
}

const SAID = '(?:said|says|say|told|tells|stated|states|added|adds|noted|notes|wrote|writes|posted|explained|explains|continued|remarked|emphasized|emphasised|stressed|declared|recalled|argued|insisted|warned|claimed|claims|announced|commented|observed|acknowledged|admitted|predicted|promised|pledged|replied|responded|according to)';
const DESCRIBED = '(?:official|officials|spokes(?:person|man|woman)|executive|representative|source|analyst|insider|statement|report|filing|memo|letter|note|release|blog\\s+post|post|announcement|email|survey|study|presentation)';

const SAID_WORD = new RegExp(`\\b${SAID}\\b`, 'i');
const OWN_ATTRIBUTION = new RegExp(`^[,.]?\\s*[^“"]{0,60}?\\b${SAID}\\b`, 'i');
const SAID_SOON = new RegExp(`^[^“"]{0,60}?\\b${SAID}\\b`, 'i');
const PRONOUN_SAID = new RegExp(`^\\s*[,.]?\\s*(?:(he|she)\\s+(?:also\\s+|later\\s+|then\\s+)?${SAID}|${SAID}\\s+(he|she)\\b)`, 'i');
const DESCRIBED_AFTER = new RegExp(`^\\s*[,.]?\\s*(?:${SAID}\\s+)?((?:an?|the|one)\\s+(?:[^\\s,.;“"]+\\s+){0,4}?${DESCRIBED})\\b(?:\\s+${SAID})?`, 'i');
const COMPANY_SAID = new RegExp(`^\\s*[,.]?\\s*(?:(?:the|its)\\s+(?:company|firm|group|startup|carrier|bank|maker)|it)\\s+${SAID}`, 'i');
const SAID_BEFORE = new RegExp(`\\b${SAID}\\b|\\bsaying\\b|:\\s*$`, 'i');
const DESCRIBED_BEFORE = new RegExp(`((?:an?|the|one)\\s+(?:[^\\s,.;“"]+\\s+){0,4}?(?:official|officials|spokes(?:person|man|woman)|executive|representative|source|insider))\\s+${SAID}`, 'i');

/** Words right before a passage that make it a name or a term, not speech. */
const LABEL_BEFORE = /(?:\b(?:calls?|called|calling|dubbed|dubs|so-called|known\s+as|named|titled|entitled|branded|termed|term|terms|phrase|word|words|label|labelled|labeled|slogan|motto|described\s+as|describes?\s+as|referred\s+to\s+as|refers?\s+to\s+as|as|an?|the|its|their|his|her|our|of|this|that)\s*)$/i;
/** A speech verb right before a short passage: "claimed “stronger than planned”". */
const SPEECH_BEFORE = new RegExp(`\\b(?:${SAID}|called\\s+it|describing\\s+it\\s+as)\\s+(?:that\\s+|it\\s+(?:was|is|would\\s+be|will\\s+be)\\s+)?$`, 'i');

/** Title Case words only ("OpenAI for Countries", "The Lantern of Tides"): a name. */
function isTitleCase(inner: string): boolean {
  const words = inner.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 8 || /[.!?;:]/.test(inner)) return false;
  return words.every((w) => /^[\p{Lu}\d"'‘’]/u.test(w) || /^(?:of|for|the|and|a|an|in|on|to|de|with|at|by|&)$/.test(w));
}

function isLabel(doc: Document, q: Passage, inner: string): boolean {
  const words = inner.trim().split(/\s+/).filter(Boolean);
  if (isTitleCase(inner)) return true;
  const s = sentenceAt(doc, q.open);
  const before = doc.text.slice(Math.max(s?.start ?? 0, q.open - 80), q.open);
  if (words.length < 4) {
    // A short phrase is speech only when someone is said to say it.
    if (SPEECH_BEFORE.test(before)) return false;
    const lead = doc.text.slice(s?.start ?? Math.max(0, q.open - 200), q.open);
    const speech = SAID_WORD.test(lead.replace(/^\s*asked\b/i, ''));
    return !speech || LABEL_BEFORE.test(before);
  }
  if (words.length < 7 && /\b(?:calls?|called|dubbed|so-called|known\s+as|named|titled|branded|termed|described\s+as)\s*$/i.test(before)) return true;
  return false;
}

interface Speaker {
  name: string | null;
  kind: 'person' | 'org' | null;
  description?: string;
}

function nameOf(m: Mention): string {
  return m.value.kind === 'entity' ? m.value.name : m.text;
}

export const quoteRule: CodeRule = {
  id: 'quote.passage',
  run({ doc, mentions }) {
    // A "he" or "she" is resolved here by the quotation's own reading (its speaker, the paragraph's lead), not as a name.
    const people = mentions.filter((m) => m.kind === 'person' && !m.qualifiers.pronoun);
    const orgs = mentions.filter((m) => m.kind === 'org' || m.kind === 'product');
    const all = passages(doc);
    // Names inside quotation marks are someone's words, not speakers.
    const quoted = new Set<Mention>();
    for (const q of all) for (const m of span(mentions, q.open + 1, q.close)) if (m.end <= q.close) quoted.add(m);
    const ctx: SpeakerContext = { doc, people: people.filter((m) => !quoted.has(m)), orgs: orgs.filter((m) => !quoted.has(m)), topicOrg: undefined, mentions };
    const out: Draft[] = [];
    let previous: Speaker | null = null;
    for (const q of all) {
      let start = q.open + 1;
      let end = q.close;
      while (end > start && /[\s,]/.test(doc.text[end - 1]!)) end--;
      while (start < end && /\s/.test(doc.text[start]!)) start++;
      const inner = doc.text.slice(start, end);
      if (!inner || isLabel(doc, q, inner)) continue;
      const sentence = sentenceAt(doc, q.open) ?? null;
      let speaker = findSpeaker(ctx, q);
      // A paragraph that goes on with the statement of the paragraph before: the same speaker.
      if (q.continued && previous?.name && !hasOwnAttribution(doc, q)) speaker = previous;
      if (!speaker.name && previous?.name && !speaker.description) speaker = previous;
      previous = speaker;
      if (speaker.kind === 'person') ctx.lastSpeaker = speaker.name;
      out.push({
        type: 'quote',
        subject: speaker.name,
        object: null,
        value: { kind: 'text', text: inner.replace(/\s*\n\s*[“"]?/g, ' ') },
        time: null,
        scope: null,
        qualifiers: speaker.description ? { speaker: speaker.description } : {},
        start,
        end,
        sentence,
        confidence: speaker.name ? 0.85 : 0.5,
        rule: 'quote.passage',
      });
    }
    return out;
  },
};

interface SpeakerContext {
  doc: Document;
  /** Names outside quotation marks. */
  people: Mention[];
  orgs: Mention[];
  mentions: Mention[];
  topicOrg: string | null | undefined;
  /** The person quoted last. */
  lastSpeaker?: string | null;
}

/** Whether the words after a passage attribute it ("," she said). */
function hasOwnAttribution(doc: Document, q: Passage): boolean {
  return OWN_ATTRIBUTION.test(doc.text.slice(q.close + 1, q.close + 100));
}

function topicOrg(ctx: SpeakerContext): string | null {
  if (ctx.topicOrg === undefined) ctx.topicOrg = topics(ctx.doc, ctx.mentions).org;
  return ctx.topicOrg;
}

/**
 * "he" or "she": the person who leads the nearest sentence of the paragraph, before the quotation,
 * that names one and does not itself start with a pronoun ("Yuki Hanzawa, a partner at X, said … .
 * "…," she said"); with none in the paragraph, the last speaker quoted, else the last person named.
 */
/** How far back (characters) a pronoun's referent is looked for in its paragraph. */
const PRONOUN_REACH = 3000;

function pronounTarget(ctx: SpeakerContext, pos: number): string | null {
  const { doc, people } = ctx;
  const para = paragraphStart(doc, pos);
  // Back from the last person named before `pos` in its paragraph, a sentence at a time, in place (a copy of
  // the paragraph's people and a search from its start for each sentence made a long interview cubic).
  // Within PRONOUN_REACH characters: a paragraph of a thousand "He met X." sentences would be walked back
  // whole for each quotation in it.
  const from0 = Math.max(para, pos - PRONOUN_REACH);
  let i = firstAtOrAfter(people, pos) - 1;
  while (i >= 0 && people[i]!.end > pos) i--;
  while (i >= 0 && people[i]!.start >= from0) {
    const s = sentenceAt(doc, people[i]!.start);
    const from = s ? Math.max(s.start, para) : people[i]!.start;
    // The first person named in that sentence.
    let j = i;
    while (j > 0 && people[j - 1]!.start >= Math.max(from, from0)) j--;
    const first = people[j]!;
    if (!/^\W*(?:he|she|they)\b/i.test(doc.text.slice(from, first.start))) return nameOf(first);
    i = j - 1;
  }
  if (ctx.lastSpeaker) return ctx.lastSpeaker;
  const last = span(ctx.people, pos - 1600, pos).filter((m) => m.end <= pos && pos - m.end < 1500).at(-1);
  return last ? nameOf(last) : null;
}

function findSpeaker(ctx: SpeakerContext, q: Passage): Speaker {
  const { doc, people, orgs } = ctx;
  const text = doc.text;
  const s = sentenceAt(doc, q.open);
  const sStart = s ? Math.max(s.start, paragraphStart(doc, q.open)) : Math.max(0, q.open - 200);
  const sEnd = Math.max(sentenceAt(doc, q.close)?.end ?? 0, q.close + 1);
  const after = text.slice(q.close + 1, Math.min(sEnd, q.close + 160));
  // 1. After the quotation: `," Kwon said`, `," said Kwon`, `," he said`, `," an OpenAI official said`, `,” Corvane told shareholders`
  const afterPerson = span(people, q.close + 1, q.close + 60).find((m) => m.end <= sEnd);
  const attributed = (m: Mention) => SAID_SOON.test(text.slice(q.close + 1, m.end + 40)) && !/[.!?]\s/.test(text.slice(q.close + 1, m.start).replace(/^[.!?,]/, ''));
  if (afterPerson && attributed(afterPerson)) return { name: nameOf(afterPerson), kind: 'person' };
  const pron = PRONOUN_SAID.exec(after);
  if (pron) {
    const who = pronounTarget(ctx, q.open);
    if (who) return { name: who, kind: 'person' };
  }
  const desc = DESCRIBED_AFTER.exec(after);
  if (desc && SAID_WORD.test(desc[0])) {
    const org = span(orgs, q.close + 1, q.close + 1 + desc[0].length).find((m) => m.end <= q.close + 1 + desc[0].length);
    if (org) return { name: nameOf(org), kind: 'org', description: desc[1] };
    if (/^(?:the|its)\s+(?:company|firm|group|startup|carrier|bank|maker)\b/i.test(desc[1]!)) return { name: topicOrg(ctx), kind: 'org', description: desc[1] };
    return { name: null, kind: null, description: desc[1] };
  }
  const afterOrg = span(orgs, q.close + 1, q.close + 40).find((m) => m.end <= sEnd);
  if (afterOrg && attributed(afterOrg)) return { name: nameOf(afterOrg), kind: 'org' };
  if (COMPANY_SAID.test(after)) {
    const org = span(orgs, q.open - 700, q.open).filter((m) => m.end <= q.open && q.open - m.end < 600).at(-1);
    const name = org ? nameOf(org) : topicOrg(ctx);
    if (name) return { name, kind: 'org' };
  }
  // "…,” according to an Osprey statement; `“…” and will …, according to the company`
  const accAfter = /\baccording\s+to\s+(?:an?\s+|the\s+)?/i.exec(after);
  if (accAfter) {
    const from = q.close + 1 + accAfter.index + accAfter[0].length;
    const p = span(people, from, from + 5)[0];
    if (p) return { name: nameOf(p), kind: 'person' };
    const o = span(orgs, from, from + 5)[0];
    if (o) return { name: nameOf(o), kind: 'org' };
  }
  // 2. Before the quotation in its sentence: `Kwon said, "…"`, `He said, "…"`, `Kwon, the CSO, said it "…"`, `Osprey said its … “…”`
  const before = text.slice(sStart, q.open);
  const beforePeople = span(people, sStart, q.open).filter((m) => m.end <= q.open);
  const saidBefore = SAID_BEFORE.test(before);
  const accBefore = /\baccording\s+to\s+(?:an?\s+|the\s+)?([^,]{0,80}),\s*$/i.exec(before);
  if (accBefore) {
    const from = q.open - accBefore[0].length;
    const p = beforePeople.find((m) => m.start >= from);
    if (p) return { name: nameOf(p), kind: 'person' };
    const o = span(orgs, from, q.open).find((m) => m.end <= q.open);
    if (o) return { name: nameOf(o), kind: 'org' };
  }
  if (beforePeople.length && saidBefore) return { name: nameOf(beforePeople.at(-1)!), kind: 'person' };
  if (/\b(?:he|she)\b[^“"]{0,60}$/i.test(before) || /^\s*(?:he|she)\b/i.test(before)) {
    const who = pronounTarget(ctx, q.open);
    if (who) return { name: who, kind: 'person' };
  }
  const descBefore = DESCRIBED_BEFORE.exec(before);
  if (descBefore) {
    const from = sStart + descBefore.index;
    const org = span(orgs, from, from + descBefore[0].length).find((m) => m.end <= from + descBefore[0].length);
    if (org) return { name: nameOf(org), kind: 'org', description: descBefore[1] };
  }
  if (beforePeople.length) return { name: nameOf(beforePeople.at(-1)!), kind: 'person' };
  const beforeOrgs = span(orgs, sStart, q.open).filter((m) => m.end <= q.open);
  if (beforeOrgs.length && saidBefore) return { name: nameOf(beforeOrgs.at(-1)!), kind: 'org' };
  // 3. A quotation standing alone: the person named just after it in its paragraph (one who speaks in the
  // next paragraph has not said it), else the one named last before it.
  const paraEnd = paragraphEnd(doc, q.close);
  const near = span(people, q.close + 1, Math.min(q.close + 80, paraEnd)).find(attributed) ?? span(people, q.open - 400, q.open).filter((m) => m.end < q.open && q.open - m.end < 300).at(-1);
  if (near) return { name: nameOf(near), kind: 'person' };
  return { name: null, kind: null };
}

function paragraphStart(doc: Document, pos: number): number {
  const ps = doc.paragraphs;
  let lo = 0;
  let hi = ps.length - 1;
  let start = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ps[mid]!.start <= pos) {
      start = ps[mid]!.start;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return start;
}

/** Where the paragraph holding `pos` ends. */
function paragraphEnd(doc: Document, pos: number): number {
  const ps = doc.paragraphs;
  const k = lowerBound(ps.length, (i) => ps[i]!.end <= pos);
  return ps[k]?.end ?? doc.text.length;
}

/** The mentions (sorted by start) that start in [from, to), by binary search. */
/** The index of the first mention (sorted by start) starting at or after `from`. */
const firstAtOrAfter = (list: Mention[], from: number) => lowerBound(list.length, (i) => list[i]!.start < from);

function span(list: Mention[], from: number, to: number): Mention[] {
  const out: Mention[] = [];
  for (let i = firstAtOrAfter(list, from); i < list.length && list[i]!.start < to; i++) out.push(list[i]!);
  return out;
}
