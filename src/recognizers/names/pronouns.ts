// "Ekdahl has been Kvarn's COO since 2023. Before that she was Nordic managing director at Datastrand":
// a "he" or "she" that opens a sentence (after at most a short opener such as "Before that") is the
// person who leads the nearest sentence before it that names one. It becomes a person mention of that
// name, so every rule that wants a person reads it (qualifiers.linkedFrom keeps the pronoun).
import type { Document } from '../../document/index.js';
import type { Mention } from '../types.js';

/** The pronoun after at most three opener words ("Before that", "In March 2021,", "Since then,"). */
const OPENS = /^(?:(?:[A-Z][a-z]+|[a-z]+|\d{4})\s+){0,3}?(?:(?:[A-Z][a-z]+|[a-z]+|\d{4}),\s+)?(He|She|he|she)\s+(?=[a-z])/;
/** How many sentences back the person may be (within the paragraph, or the last of the one before). */
const REACH = 3;

export function linkPronouns(doc: Document, mentions: Mention[]): Mention[] {
  const text = doc.text;
  const sentences = doc.sentences;
  if (!/\b[Hh]e\b|\b[Ss]he\b/.test(text)) return mentions;
  // The first person each sentence names outside quotation marks, and whether a sentence names any name.
  const lead: (Mention | undefined)[] = new Array(sentences.length);
  const named: number[] = [];
  let si = 0;
  for (const m of mentions) {
    while (si < sentences.length && sentences[si]!.end <= m.start) si++;
    if (si >= sentences.length) break;
    const s = sentences[si]!;
    if (m.start < s.start) continue;
    if (m.kind === 'person' || m.kind === 'org') named.push(m.start);
    if (m.kind !== 'person' || lead[si]) continue;
    if (((text.slice(s.start, m.start).match(/["“”]/g)?.length ?? 0) & 1) === 1) continue;
    lead[si] = m;
  }
  const added: Mention[] = [];
  let ni = 0;
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i]!;
    const m = OPENS.exec(text.slice(s.start, s.start + 60));
    if (!m) continue;
    const start = s.start + m[0].length - m[0].slice(m[0].lastIndexOf(m[1]!)).length;
    // No name in the opener: "Lindell said she …" is not a sentence that opens with her.
    while (ni < named.length && named[ni]! < s.start) ni++;
    if (ni < named.length && named[ni]! < start) continue;
    let ref: Mention | undefined;
    for (let k = i - 1; k >= Math.max(0, i - REACH) && !ref; k--) {
      const p = sentences[k]!;
      if (p.paragraph !== s.paragraph && (p.paragraph !== s.paragraph - 1 || k !== i - 1)) break;
      ref = lead[k];
    }
    if (!ref || ref.value.kind !== 'entity') continue;
    const pron: Mention = {
      kind: 'person',
      start,
      end: start + m[1]!.length,
      text: m[1]!,
      value: ref.value,
      qualifiers: { linkedFrom: m[1]!, pronoun: true },
      source: ref.source,
    };
    lead[i] = pron;
    added.push(pron);
  }
  if (!added.length) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}
