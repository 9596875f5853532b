// Revenue named in one sentence and told in the next by "It" or by what analysts expected: "Revenue has grown
// fast. It reached 1.86 billion yuan in 2024, up from 742 million yuan a year earlier, and stood at 2.07 billion
// yuan for the first nine months of this year", "Net sales … reached 2.84 billion crowns. Analysts had on average
// expected 2.79 billion crowns." Each amount of the second sentence (not an equivalent in parentheses) is
// revenue; one after "from" is the earlier figure it is compared with.
import type { Draft } from '../../engine/draft.js';
import { bySentence } from '../../engine/run.js';
import type { CodeRule } from '../index.js';

/** The sentence before names revenue as its subject. */
const NAMES_REVENUE = /^\W{0,3}(?:(?:Its|Their|The\s+(?:company|group|firm)['’]s|Annual|Quarterly|Total|Group|Net)\s+)?(?:revenue|revenues|sales|turnover)\b|\b(?:forecasting|forecast|expects?|expecting|guided\s+for|targeting)\s+(?:net\s+|annual\s+|full-year\s+)?(?:revenue|sales|turnover)\b/i;
/** This one goes on with "It" and a verb of amount. */
const IT_AMOUNTS = /^\W{0,3}(?:(?:It|They)\s+(?:has\s+|had\s+|then\s+)?(?:reached|rose|climbed|grew|stood|totall?ed|hit|came\s+in|jumped|fell|dropped|amounted|was|were|topped|doubled|more\s+than\s+doubled|booked|posted|reported|recorded|generated|earned|made)|(?:Analysts|The\s+consensus|Economists)\b[^.;]{0,40}?\b(?:expected|forecast|estimated|predicted|projected))\b/;
const FROM_BEFORE = /\b(?:from|compared\s+(?:with|to)|versus|against)\s+(?:(?:about|around|roughly|nearly|some)\s+)?$/i;
const VERB_BEFORE = /\b(?:reached|rose\s+to|climbed\s+to|grew\s+to|stood\s+at|totall?ed|hit|came\s+in\s+at|jumped\s+to|fell\s+to|dropped\s+to|amounted\s+to|was|were|topped|booked|posted|reported|recorded|generated|earned|made|expected|forecast|estimated|predicted|projected|to|at)\s+(?:(?:about|around|roughly|nearly|some|more\s+than|over|almost)\s+)?$/i;

export const itAfterRevenueRule: CodeRule = {
  id: 'revenue.it-after-revenue',
  run({ doc, mentions }) {
    const text = doc.text;
    if (!/\b(?:It|They|Analysts|The consensus|Economists)\s/.test(text) || !/\b(?:revenue|sales|turnover)\b/i.test(text)) return [];
    const groups = bySentence(doc, mentions);
    const out: Draft[] = [];
    doc.sentences.forEach((s, i) => {
      const prev = doc.sentences[i - 1];
      if (!prev || prev.paragraph !== s.paragraph || !IT_AMOUNTS.test(text.slice(s.start, s.end)) || !NAMES_REVENUE.test(text.slice(prev.start, prev.end))) return;
      for (const m of groups[i]!) {
        if (m.kind !== 'money' || m.value.kind !== 'money') continue;
        const before = text.slice(Math.max(s.start, m.start - 40), m.start);
        const earlier = FROM_BEFORE.test(before);
        if (!earlier && !VERB_BEFORE.test(before)) continue;
        const lead = earlier ? FROM_BEFORE.exec(before)! : VERB_BEFORE.exec(before)!;
        const start = m.start - (before.length - lead.index);
        out.push({
          type: 'revenue', subject: null, object: null, value: m.value, time: null, scope: null,
          qualifiers: { ...m.qualifiers }, start, end: m.end, sentence: s, confidence: 0.65,
          rule: earlier ? 'revenue.it-after-revenue.from' : 'revenue.it-after-revenue',
        });
      }
    });
    return out;
  },
};
