// "The Japanese market is the largest, worth 4.5 trillion won. Trailing behind is China with 1.8 trillion
// won, the US with 1.7 trillion won and Korea with 1.5 trillion won.": names listed with a figure each
// ("X with N") after a measured fact are more facts of its type. A place is where the same measure
// holds (its scope); a company or product is whose it is (its subject). So are places that take turns
// after a figure by place ("By region, sales in Japan came to ¥21 billion. North America contributed
// ¥13 billion. Asia brought in ¥9 billion and Europe ¥4.7 billion."). They share the fact's period
// (refine/time-related.ts), unless their own words date them.
import type { Draft } from '../engine/draft.js';
import { sentenceMentions } from '../pipeline.js';
import type { Mention } from '../recognizers/types.js';
import type { Refiner } from './index.js';
import { draftsBySentence } from './drafts-by-sentence.js';
import { endsMeasure, sameMeasure } from './units.js';

/** Measures a list of "X with N" can continue. */
const MEASURES = /^(?:revenue|valuation|market\.size|market\.share|users\.(?:daily_active|weekly_active|monthly_active|total|paid))$/;
/** Between a name and its figure. */
const WITH = /^\s+with\s+(?:(?:about|around|roughly|nearly|almost|some|an estimated|just over|just under|over|more than)\s+)?$/i;
/** What opens a list of one: "followed by X with N", "Trailing behind is X with N", "ahead of X with N". */
const FOLLOWS = /\b(?:followed\s+by|trailing(?:\s+behind)?|behind\s+(?:it|them)|ahead\s+of|next\s+(?:is|was|came|comes)|then\s+(?:came|comes))\s+(?:(?:is|was|are|were|came|comes)\s+)?(?:the\s+)?$/i;
/** Between a figure and the name it is for: "for", "for market leader", "for rival". */
const FOR = /^\s+for\s+(?:(?:the\s+)?(?:market|sector|segment|industry)[\s-]+leader\s+|(?:the\s+)?(?:smaller\s+|larger\s+|bigger\s+)?(?:rival|rivals|competitor|newcomer|incumbent)\s+)?$/i;
const NAMES = new Set(['org', 'product', 'place']);
/** A place's turn: "North America contributed", "Asia outside Japan brought in", "and Europe". */
const TURN = /^\s+(?:outside\s+[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)?\s+)?(?:contributed|contributes|brought\s+in|brings\s+in|generated|generates|added|adds|delivered|accounted\s+for|came\s+to|comes\s+to|made|posted|recorded|totall?ed)\s+(?:(?:about|around|roughly|nearly|almost|some|just\s+over|just\s+under|over|more\s+than)\s+)?$/iu;
/** A fact said of a place: "sales in Japan came to …" (its scope is not attached yet when this step runs). */
const PLACE_SCOPED = /\b(?:in|from)\s+[\p{Lu}]/u;
/** Before a place's turn: the sentence start, a comma or "and" ("… and Europe ¥4.7 billion"). */
const TURN_OPENS = /(?:^\W{0,3}|,\s*|\band\s+|;\s*)$/;


export const enumeration: Refiner = (ctx, drafts) => {
  const groups = sentenceMentions(ctx);
  const text = ctx.doc.text;
  /** Whether a fact's figure is a place's own turn ("Asia brought in ¥9 billion"). */
  const turnAt = (d: Draft) => {
    const ms = d.sentence ? groups[d.sentence.index]! : [];
    const k = ms.findIndex((m) => m.start >= d.start && (m.kind === 'money' || m.kind === 'percent' || m.kind === 'count'));
    const name = k > 0 ? ms[k - 1]! : undefined;
    return !!name && name.kind === 'place' && TURN.test(text.slice(name.end, ms[k]!.start));
  };
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
    const turns: [Mention, Mention][] = [];
    for (let k = 1; k < ms.length; k++) {
      let name = ms[k - 1]!;
      const figure = ms[k]!;
      // "Asia outside Japan brought in …": the place before "outside" takes the turn.
      if (k > 1 && name.kind === 'place' && ms[k - 2]!.kind === 'place' && /^\s+outside\s+$/.test(text.slice(ms[k - 2]!.end, name.start))) name = ms[k - 2]!;
      if (!NAMES.has(name.kind) || name.value.kind !== 'entity' || !(figure.kind === 'money' || figure.kind === 'percent' || figure.kind === 'count') || !endsMeasure(text.slice(figure.end, figure.end + 16), figure.kind)) continue;
      const between = text.slice(name.end, figure.start);
      if (WITH.test(between)) items.push([name, figure]);
      // A place's turn, by a verb or by the figure alone after "and" ("and Europe ¥4.7 billion").
      else if (name.kind === 'place' && figure.kind === 'money' && TURN_OPENS.test(text.slice(Math.max(sentences[i]!.start, name.start - 8), name.start)) && (TURN.test(between) || (/^\s+$/.test(between) && /\band\s+$/.test(text.slice(Math.max(0, name.start - 5), name.start))))) turns.push([name, figure]);
    }
    // "… against 19 million for Kalye Market and 15.5 million for BiliNow", "against 48.9% for market leader X":
    // a figure, then the name it is for
    for (let k = 1; k < ms.length; k++) {
      const figure = ms[k - 1]!;
      const name = ms[k]!;
      if ((name.kind === 'org' || name.kind === 'product') && name.value.kind === 'entity' && (figure.kind === 'count' || figure.kind === 'percent' || figure.kind === 'money') && FOR.test(text.slice(figure.end, name.start)) && /(?:\bagainst|\band|,)\s+(?:(?:about|around|nearly|some)\s+)?$/.test(text.slice(Math.max(0, figure.start - 12), figure.start))) items.push([name, figure]);
    }
    if (items.length === 0 && turns.length === 0) continue;
    const s = sentences[i]!;
    // The measures of this sentence and the three before it in the paragraph: places take turns after
    // a figure said of a place.
    const recent: Draft[] = [];
    for (let k = Math.max(0, i - 3); k <= i; k++) if (sentences[k]!.paragraph === s.paragraph) recent.push(...(measures.get(k) ?? []));
    if (turns.length && recent.some((d) => d.scope || PLACE_SCOPED.test(text.slice(d.start, d.end)) || turnAt(d))) items.push(...turns);
    if (items.length === 0) continue;
    const first = items[0]![0];
    if (items.length < 2 && turns.length === 0 && !FOLLOWS.test(text.slice(Math.max(s.start, first.start - 40), first.start))) continue;
    // The measured fact before the list: in this sentence, else in the ones before it in the paragraph.
    const here = (measures.get(i) ?? []).filter((d) => d.end <= first.start);
    const before = recent.filter((d) => d.sentence!.index < i);
    const taken = bySentence.get(i) ?? [];
    for (const [name, figure] of items) {
      const base = [...before, ...here].filter((d) => sameMeasure(d, figure)).at(-1);
      if (!base || name.value.kind !== 'entity') continue;
      const place = name.kind === 'place';
      const outside = place ? /^\s+outside\s+[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)?/u.exec(text.slice(name.end, figure.start)) : null;
      const scope = place ? name.value.name + (outside ? outside[0].replace(/\s+/g, ' ') : '') : null;
      const own = taken.find((d) => d.start <= figure.start && d.end >= figure.end);
      if (own) {
        // A rule found the figure: the place whose turn it is, not the nearest one, is its scope.
        const k = out.indexOf(own);
        if (scope && own.type === base.type && own.scope === null && k >= 0) out[k] = { ...own, scope };
        continue;
      }
      out.push({
        ...base,
        subject: place ? base.subject : name.value.name,
        scope: scope ?? base.scope,
        value: figure.value,
        qualifiers: { ...figure.qualifiers },
        time: null,
        start: Math.min(name.start, figure.start),
        end: Math.max(name.end, figure.end),
        sentence: s,
        confidence: Math.min(base.confidence, 0.7),
        rule: `${base.rule}+enumeration`,
        continues: base.continues ?? base.start,
      });
    }
  }
  return out.length === drafts.length ? drafts : out.sort((a, b) => a.start - b.start || a.end - b.end);
};
