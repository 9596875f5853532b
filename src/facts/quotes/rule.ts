// Quotes: one fact per passage in quotation marks, attributed to its speaker. A passage that runs
// over several sentences (or paragraphs) is one quote; one interrupted by "he said" is two.
import { sentenceAt, type Document } from '../../document/index.js';
import type { Draft } from '../../engine/draft.js';
import type { Mention } from '../../recognizers/types.js';
import type { CodeRule } from '../index.js';

interface Passage {
  open: number;
  close: number;
}

/** Quoted passages: curly pairs, or straight quotes paired within a paragraph. */
export function passages(doc: Document): Passage[] {
  const out: Passage[] = [];
  const { text } = doc;
  let pending: number | null = null; // an opening mark whose passage continues into the next paragraph
  for (const p of doc.paragraphs) {
    let open: number | null = null;
    let straight = false;
    for (let i = p.start; i < p.end; i++) {
      const c = text[i];
      if (c === '“' || (c === '"' && open === null)) {
        if (pending !== null && i === p.start) {
          open = pending; // a continued quotation re-opens at the start of the paragraph
        } else if (open === null) open = i;
        pending = null;
        straight = c === '"';
      } else if ((c === '”' && !straight) || (c === '"' && straight && open !== null)) {
        if (open !== null) out.push({ open, close: i });
        open = null;
      }
    }
    pending = open;
  }
  return out;
}

const SAID = '(?:said|says|say|told|tells|stated|states|added|adds|noted|notes|wrote|writes|posted|explained|explains|continued|remarked|emphasized|emphasised|stressed|asked|declared|recalled|argued|insisted|warned|according to)';

function isLabel(inner: string): boolean {
  const words = inner.trim().split(/\s+/).filter(Boolean);
  return words.length < 4;
}

export const quoteRule: CodeRule = {
  id: 'quote.passage',
  run({ doc, mentions }) {
    const people = mentions.filter((m) => m.kind === 'person');
    const orgs = mentions.filter((m) => m.kind === 'org');
    const out: Draft[] = [];
    let lastSpeaker: string | null = null;
    for (const q of passages(doc)) {
      let start = q.open + 1;
      let end = q.close;
      while (end > start && /[\s,]/.test(doc.text[end - 1]!)) end--;
      while (start < end && /\s/.test(doc.text[start]!)) start++;
      const inner = doc.text.slice(start, end);
      if (isLabel(inner)) continue;
      const sentence = sentenceAt(doc, q.open) ?? null;
      const speaker = findSpeaker(doc, q, people, orgs, lastSpeaker);
      if (speaker.name && speaker.kind === 'person') lastSpeaker = speaker.name;
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

interface Speaker {
  name: string | null;
  kind: 'person' | 'org' | null;
  description?: string;
}

function nameOf(m: Mention): string {
  return m.value.kind === 'entity' ? m.value.name : m.text;
}

function findSpeaker(doc: Document, q: Passage, people: Mention[], orgs: Mention[], last: string | null): Speaker {
  const text = doc.text;
  const s = sentenceAt(doc, q.open);
  const sStart = s ? s.start : Math.max(0, q.open - 200);
  const sEnd = sentenceAt(doc, q.close)?.end ?? Math.min(text.length, q.close + 200);
  // 1. After the quote: `," Kwon said` / `," said Kwon` / `," he said` / `," an OpenAI official said`
  const after = text.slice(q.close + 1, Math.min(sEnd, q.close + 120));
  const afterPerson = people.find((m) => m.start > q.close && m.start - q.close < 60 && m.end <= sEnd);
  if (afterPerson && new RegExp(`^[^“"]{0,60}?${SAID}`, 'i').test(text.slice(q.close + 1, afterPerson.end + 40))) return { name: nameOf(afterPerson), kind: 'person' };
  const pron = new RegExp(`^\\s*,?\\s*(he|she|they)\\s+${SAID}`, 'i').exec(after);
  if (pron && last) return { name: last, kind: 'person' };
  const desc = new RegExp(`^\\s*,?\\s*((?:an?|the)\\s+(?:[\\w-]+\\s+){0,4}?(?:official|spokes(?:person|man|woman)|executive|representative|source|analyst|insider))\\s+${SAID}`, 'i').exec(after);
  if (desc) {
    const org = orgs.find((m) => m.start > q.close && m.end <= q.close + 1 + desc[0].length);
    if (org) return { name: nameOf(org), kind: 'org', description: desc[1] };
    return { name: null, kind: null, description: desc[1] };
  }
  // 2. Before the quote in its sentence: `Kwon said, "…"`, `He said, "…"`, `Kwon, the CSO, said it "…"`
  const before = text.slice(sStart, q.open);
  const beforePeople = people.filter((m) => m.start >= sStart && m.end <= q.open);
  if (beforePeople.length && new RegExp(`${SAID}|saying|:\\s*$`, 'i').test(before)) return { name: nameOf(beforePeople.at(-1)!), kind: 'person' };
  if (/\b(?:he|she)\b[^“"]{0,40}$/i.test(before) || /^\s*(?:he|she)\b/i.test(before)) {
    if (last) return { name: last, kind: 'person' };
  }
  if (beforePeople.length) return { name: nameOf(beforePeople.at(-1)!), kind: 'person' };
  // 3. A quotation standing alone: the person named in the next or previous line, else the last speaker.
  const near = people.find((m) => m.start > q.close && m.start - q.close < 80) ?? people.filter((m) => m.end < q.open && q.open - m.end < 200).at(-1);
  if (near) return { name: nameOf(near), kind: 'person' };
  return { name: last, kind: last ? 'person' : null };
}
