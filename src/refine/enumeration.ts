// "The Japanese market is the largest, worth 4.5 trillion won. Trailing behind is China with 1.8 trillion
// won, the US with 1.7 trillion won and Korea with 1.5 trillion won.": names listed with a figure each
// ("X with N") after a measured fact are more facts of its type. A place is where the same measure
// holds (its scope); a company or product is whose it is (its subject). They share the fact's period.
import type { Draft } from '../engine/draft.js';
import { sentenceMentions } from '../pipeline.js';
import type { Mention } from '../recognizers/types.js';
import type { Refiner } from './index.js';
import { draftsBySentence } from './drafts-by-sentence.js';
import { endsMeasure } from './units.js';

/** Measures a list of "X with N" can continue. */
const MEASURES = /^(?:revenue|valuation|market\.size|market\.share|users\.(?:daily_active|weekly_active|monthly_active|total|paid))$/;
/** Between a name and its figure. */
const WITH = /^\s+with\s+(?:(?:about|around|roughly|nearly|almost|some|an estimated|just over|just under|over|more than)\s+)?$/i;
/** What opens a list of one: "followed by X with N", "Trailing behind is X with N". */
const FOLLOWS = /\b(?:followed\s+by|trailing(?:\s+behind)?|behind\s+(?:it|them)|next\s+(?:is|was|came|comes)|then\s+(?:came|comes))\s+(?:(?:is|was|are|were|came|comes)\s+)?(?:the\s+)?$/i;
const NAMES = new Set(['org', 'product', 'place']);

function sameKind(d: Draft, m: Mention): boolean {
  if (d.value.kind !== m.value.kind) return false;
  if (d.value.kind === 'money' && m.value.kind === 'money') return d.value.currency === m.value.currency;
  return true;
}

export const enumeration: Refiner = (ctx, drafts) => {
  const groups = sentenceMentions(ctx);
  const text = ctx.doc.text;
  const sentences = ctx.doc.sentences;
  // Every typed fact by sentence (a figure one of them has is taken), and the measures among them.
  const bySentence = draftsBySentence(drafts, (d) => !d.type.startsWith('mention.'));
  const measures = draftsBySentence(drafts, (d) => MEASURES.test(d.type));
  if (measures.size === 0) return drafts;
  const out = drafts.slice();
  for (let i = 0; i < groups.length; i++) {
    const ms = groups[i]!;
    // Each "name with figure" pair of the sentence.
    const items: [Mention, Mention][] = [];
    for (let k = 1; k < ms.length; k++) {
      const name = ms[k - 1]!;
      const figure = ms[k]!;
      if (NAMES.has(name.kind) && name.value.kind === 'entity' && (figure.kind === 'money' || figure.kind === 'percent' || figure.kind === 'count') && WITH.test(text.slice(name.end, figure.start)) && endsMeasure(text.slice(figure.end, figure.end + 16), figure.kind)) items.push([name, figure]);
    }
    if (items.length === 0) continue;
    const s = sentences[i]!;
    const first = items[0]![0];
    if (items.length < 2 && !FOLLOWS.test(text.slice(Math.max(s.start, first.start - 40), first.start))) continue;
    // The measured fact before the list: in this sentence, else in the one before it in the paragraph.
    const here = (measures.get(i) ?? []).filter((d) => d.end <= first.start);
    const prev = i > 0 && sentences[i - 1]!.paragraph === s.paragraph ? (measures.get(i - 1) ?? []) : [];
    const taken = bySentence.get(i) ?? [];
    for (const [name, figure] of items) {
      const base = [...prev, ...here].filter((d) => sameKind(d, figure)).at(-1);
      if (!base || name.value.kind !== 'entity') continue;
      if (taken.some((d) => d.start <= figure.start && d.end >= figure.end)) continue;
      const place = name.kind === 'place';
      out.push({
        ...base,
        subject: place ? base.subject : name.value.name,
        scope: place ? name.value.name : base.scope,
        value: figure.value,
        qualifiers: { ...figure.qualifiers },
        start: name.start,
        end: figure.end,
        sentence: s,
        confidence: Math.min(base.confidence, 0.7),
        rule: `${base.rule}+enumeration`,
      });
    }
  }
  return out.length === drafts.length ? drafts : out.sort((a, b) => a.start - b.start || a.end - b.end);
};
