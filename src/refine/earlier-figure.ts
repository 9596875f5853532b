// "Console titles brought in 31.4 billion yen in the period. That is a 6% increase from 29.6 billion
// yen in the same quarter of 2022.": a sentence that opens by pointing back at the figure before it ("This
// represents", "That is up 9% from", "This compares with") gives that figure's earlier value: a fact of
// the same type, subject and scope, dated by its own sentence (the time refiner runs after this one).
import type { Draft } from '../engine/draft.js';
import { sentenceMentions } from '../pipeline.js';
import type { Mention } from '../recognizers/types.js';
import type { Refiner } from './index.js';
import { draftsBySentence } from './drafts-by-sentence.js';
import { endsMeasure, sameMeasure } from './units.js';

/** Measures that an earlier value can be given for. */
const MEASURES = /^(?:revenue|valuation|market\.size|offices\.count|users\.(?:daily_active|weekly_active|monthly_active|total|paid))$/;
/** From the sentence start to the earlier figure: "This represents a 2% increase from", "That compares with". */
const POINTS_BACK = /^(?:this|that|it|the (?:figure|number|total|tally|result|amount))\s+(?:represents|represented|marks|marked|reflects|reflected|is|was|compares|compared)\b[^;:.]{0,60}?\b(?:from|on|over|with|to|versus|vs\.?)\s+(?:the\s+)?(?:(?:about|around|roughly|nearly|almost|some)\s+)?$/i;
/** Or it forecasts the same measure: "By 2028 it is forecast to reach 2.4 trillion pesos". */
const IT_WILL = /^(?:(?:by|in)\s+[^,]{1,30}?,?\s+)?(?:it|(?:the|that|this)\s+(?:market|sector|industry|segment|figure|total|amount|number|spending))\s+(?:is|was)\s+(?:forecast|expected|projected|set|poised|estimated|likely)\s+to\s+(?:reach|grow\s+to|hit|top|exceed|surpass|double\s+to|rise\s+to|climb\s+to|jump\s+to)\s+(?:(?:about|around|nearly|almost|more\s+than|over)\s+)?$/i;
/** …and says it is a change or a comparison. */
const CHANGE = /\b(?:increase|decrease|rise|drop|decline|gain|jump|growth|fall|climb|improvement|surge|dip|up|down|compares|compared)\b/i;


export const earlierFigure: Refiner = (ctx, drafts) => {
  const groups = sentenceMentions(ctx);
  const sentences = ctx.doc.sentences;
  const text = ctx.doc.text;
  const bySentence = draftsBySentence(drafts);
  const out = drafts.slice();
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i]!;
    const prev = sentences[i - 1]!;
    if (prev.paragraph !== s.paragraph) continue;
    const c = text.charCodeAt(s.start) | 32;
    if (c !== 116 && c !== 105 && c !== 98) continue; // "this", "that", "the", "it", "in …", "by …"
    const figure = groups[i]!.find((m) => m.kind === 'money' || m.kind === 'count');
    if (!figure) continue;
    const lead = text.slice(s.start, figure.start);
    const forecast = IT_WILL.test(lead);
    if (!forecast && (!POINTS_BACK.test(lead) || !CHANGE.test(lead))) continue;
    if (!endsMeasure(text.slice(figure.end, figure.end + 16), figure.kind)) continue;
    const before = (bySentence.get(i - 1) ?? []).filter((d) => MEASURES.test(d.type) && sameMeasure(d, figure));
    const base = before.at(-1);
    if (!base) continue;
    if ((bySentence.get(i) ?? []).some((d) => d.type === base.type && d.start <= figure.start && d.end >= figure.end)) continue;
    out.push({
      ...base,
      value: figure.value,
      qualifiers: { ...figure.qualifiers },
      time: null,
      start: s.start,
      end: figure.end,
      sentence: s,
      confidence: Math.min(base.confidence, 0.7),
      rule: `${base.rule}+${forecast ? 'forecast' : 'points-back'}`,
    });
  }
  return out.length === drafts.length ? drafts : out.sort((a, b) => a.start - b.start || a.end - b.end);
};
