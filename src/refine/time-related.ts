// Times a figure takes from a related figure, when no date is said next to it:
// - a growth holds when the figure it grows to does ("grew 45% from a year earlier to 31 million in
//   October": October);
// - a forecast it is measured against holds for the same period ("$612 million for the second quarter,
//   ahead of the $590 million analysts had expected");
// - "now … up from 1.5 million a year ago": a year before the article's month;
// - "The round valued the company at $1.4 billion": when the round named just before was;
// - "in the quarter", "over the three months": the quarter the article named last;
// - "over the same month": the period of the figure just before;
// - an undated revenue figure that opens its sentence, a paragraph or two after a dated one ("By region,
//   sales in Japan came to ¥21 billion"): the period of the results being reported.
import { numberOf, type Draft } from '../engine/draft.js';
import type { Document } from '../document/index.js';
import { draftsBySentence } from './drafts-by-sentence.js';
import type { Time } from '../schema.js';
import type { Mention } from '../recognizers/types.js';
import { lowerBound } from '../lower-bound.js';

const GROWTH = /\.growth$/;
/** A forecast figure: "the $590 million analysts had expected", "consensus estimates of $1.2 billion". */
const FORECAST = /\b(?:analysts?|consensus|wall street|the street|economists)\b[^.;]{0,40}\b(?:expected|forecast|estimated|predicted|anticipated|projected)\b|\b(?:expected|forecast|estimated|predicted|anticipated)\s+by\s+analysts\b|\bconsensus\s+(?:estimates?|forecasts?)\b/i;
/** "now has 4.2 million …, up from 1.5 million a year ago". */
const NOW = /\b(?:now|currently|today)\b/i;
const A_YEAR_AGO = /^[^;.]{0,30}?\ba year (?:ago|earlier|before)\b/i;
/** A sentence that opens on the round just named: "The round valued the company at …". */
const THE_ROUND = /^(?:the|this|that)\s+(?:[\w-]+\s+)?(?:round|raise|deal|investment|funding|financing|transaction)\s+(?:valued|values|gave|gives|puts|put|pegged|pegs|priced|prices)\b/i;

/** The quarter named before: "rose to ¥27 billion in the quarter", "over the three months", "for the period". */
const THE_QUARTER = /\b(?:in|during|over|for|of)\s+the\s+(?:quarter|period|(?:three|3)[- ]months?(?:\s+period)?)\b/i;
/** "in the six months", "for the half": the half-year named last. */
const THE_HALF = /\b(?:in|during|over|for|of)\s+the\s+(?:half(?:-year)?|(?:six|6)[- ]months?(?:\s+period)?)\b/i;
/** Words that make a figure the earlier one of a comparison: it is not in the period reported. */
const EARLIER = /^(?:from|to|compared|versus|vs\.?|against|than|up from|down from)\b/i;
/** Rules that find the earlier figure of a comparison. */
const EARLIER_RULE = /\.(?:from|times-the)$|\+points-back$/;
/** How many paragraphs a reported period carries over. */
const CARRY = 3;
/** Sentence openers that refer to the figures of the sentence before. */
const OF_THOSE = /^\W{0,3}Of\s+(?:those|these|them|that\s+(?:total|number|figure))\b/i;
const A_YEAR_BEFORE = /^\W{0,3}(?:A|One)\s+year\s+(?:before|earlier)(?:\s+that)?\s*,/i;

const p2 = (n: number) => String(n).padStart(2, '0');

export function relatedTimes(doc: Document, mentions: Mention[], before: Draft[], after: Draft[]): Draft[] {
  const text = doc.text;
  const inSentence = draftsBySentence(after);
  // The quarters and halves named in the article, in order (worked out when first asked: most articles never ask).
  const named = new Map<string, Mention[]>();
  const namedBefore = (precision: 'quarter' | 'half', at: number) => {
    let list = named.get(precision);
    if (!list) named.set(precision, (list = mentions.filter((m) => m.kind === 'time' && m.time?.precision === precision && m.time.start).sort((a, b) => a.start - b.start)));
    const k = lowerBound(list.length, (i) => list[i]!.start < at);
    return k > 0 ? list[k - 1]! : undefined;
  };
  // The article's lead revenue figure dated to a quarter gives the period it reports (the first revenue
  // figure of its sentence, not an earlier one compared with it); later dated ones may be comparisons.
  let lead: Draft | null | undefined;
  const reportedBefore = (at: number) => {
    if (lead === undefined) {
      const first = (d: Draft) => !inSentence.get(d.sentence!.index)!.some((o) => o.type === 'revenue' && o.start < d.start);
      lead = after.filter((d) => d.type === 'revenue' && d.time?.precision === 'quarter' && d.sentence && first(d) && !EARLIER.test(text.slice(d.start, d.end))).sort((a, b) => a.start - b.start)[0] ?? null;
    }
    return lead && lead.start < at ? lead : undefined;
  };
  // The dated rounds of each sentence.
  const rounds = new Map<number, Draft>();
  for (const d of after) if (d.type === 'funding.round' && d.time?.start && d.sentence) rounds.set(d.sentence.index, d);
  const timed = after.map((d, k) => {
    const s = d.sentence;
    // Only figures: names, quotes and titles take no time from another figure.
    if (!s || d.type.startsWith('mention.') || numberOf(d.value) === undefined) return d;
    const same = inSentence.get(s.index)!;
    // "… 9.2 million registered users at the end of January. Of those, 4.1 million were monthly active users":
    // the period of the sentence before; "A year before that, ARR stood at €31 million": a year before its
    // main figure (not one compared with it).
    const opener = OF_THOSE.test(text.slice(s.start, d.start)) ? 0 : A_YEAR_BEFORE.test(text.slice(s.start, d.start)) ? 1 : -1;
    if (opener >= 0 && (d.time === null || d.time.start === null || /\ba year (?:ago|earlier|before)\b/i.test(d.time.text))) {
      const family = d.type.split('.')[0]!;
      const prev = (inSentence.get(s.index - 1) ?? []).filter((o) => o.sentence!.paragraph === s.paragraph && o.time?.start && (o.type === d.type || o.type.startsWith(`${family}.`)) && !EARLIER_RULE.test(o.rule) && !EARLIER.test(text.slice(o.start, o.end)));
      const main = prev.sort((a, b) => a.start - b.start)[0];
      if (main) {
        const start = opener ? `${String(Number(main.time!.start!.slice(0, 4)) - 1).padStart(4, '0')}${main.time!.start!.slice(4)}` : main.time!.start;
        return { ...d, time: { ...main.time!, start, end: opener ? null : main.time!.end, text: text.slice(s.start, s.start + 30).split(',')[0]! } };
      }
    }
    // A growth the refiner dated by proximity: the date of the figure it grows to wins.
    if (GROWTH.test(d.type) && before[k]!.time === null) {
      const family = d.type.split('.')[0];
      // The figure grown to, not the earlier one: "from 271 million in 2019 to 345 million in 2020", "had
      // 860,000 subscribers, more than double the 410,000 it counted in June 2024".
      const to = same.filter((o) => o !== d && !GROWTH.test(o.type) && o.type.startsWith(`${family}.`) && o.time?.start && o.value.kind === 'count' && !EARLIER_RULE.test(o.rule) && !EARLIER.test(text.slice(o.start, o.end))).sort((a, b) => a.end - b.end).at(-1);
      if (to) return { ...d, time: to.time };
    }
    // "now …, up from 1.5 million a year ago": the article's month, a year back ("a year ago" alone
    // reads as last year).
    const yearAgo = d.time === null || (d.time.precision === 'year' && /^a year (?:ago|earlier|before)$/i.test(d.time.text));
    const ago = yearAgo && doc.date ? A_YEAR_AGO.exec(text.slice(d.end, Math.min(s.end, d.end + 60))) : null;
    if (ago && same.some((o) => o !== d && o.type === d.type && o.end <= d.start) && NOW.test(text.slice(s.start, d.start))) {
      const [y, m] = doc.date!.split('-').map(Number) as [number, number];
      const time: Time = { start: `${y - 1}-${p2(m)}`, end: null, precision: 'month', text: ago[0].replace(/^[^;.]*?(?=\ba year)/i, '') };
      return { ...d, time };
    }
    // "Daily users averaged 8.1 million over the same month": the period of the figure before it.
    if (d.time !== null && d.time.start === null && /\bthe same (?:month|quarter|period|week|year|half)\b/i.test(d.time.text)) {
      const family = d.type.split('.')[0]!;
      const prior = [...(inSentence.get(s.index - 1) ?? []), ...same].filter((o) => o !== d && o.start < d.start && o.time?.start && o.sentence!.paragraph === s.paragraph && o.type.startsWith(family) && !EARLIER_RULE.test(o.rule)).at(-1);
      return prior ? { ...d, time: { ...prior.time!, text: d.time.text } } : d;
    }
    if (d.time !== null) return d;
    // A forecast measured against a reported figure of the same kind, earlier in the sentence.
    if (FORECAST.test(text.slice(d.start, d.end))) {
      // The first: "$612 million, up from $443 million a year earlier and ahead of the $590 million expected".
      const reported = same.filter((o) => o !== d && o.type === d.type && o.end <= d.start && o.time?.start).sort((a, b) => a.start - b.start)[0];
      if (reported) return { ...d, time: reported.time };
    }
    // "The round valued the company at …": the round of the sentence before.
    const round = d.type === 'valuation' ? rounds.get(s.index - 1) : undefined;
    if (round && THE_ROUND.test(text.slice(s.start, s.end))) return { ...d, time: round.time };
    if (THE_HALF.test(text.slice(d.start, Math.min(s.end, d.end + 40)))) {
      const time = namedBefore('half', d.start)?.time;
      if (time) return { ...d, time };
    }
    // "in the quarter": the quarter the results report, else the quarter named last.
    if (THE_QUARTER.test(text.slice(d.start, Math.min(s.end, d.end + 40)))) {
      const time = (d.type === 'revenue' ? reportedBefore(d.start)?.time : undefined) ?? namedBefore('quarter', d.start)?.time;
      if (time) return { ...d, time };
    }
    // The first revenue figure of its sentence, not an earlier one: the period the results report.
    if (d.type === 'revenue' && !EARLIER.test(text.slice(d.start, d.end)) && !same.some((o) => o !== d && o.type === 'revenue' && o.start < d.start)) {
      const r = reportedBefore(d.start);
      if (r?.time && r.sentence && s.paragraph - r.sentence.paragraph <= CARRY && r.sentence.index < s.index) return { ...d, time: r.time };
    }
    return d;
  });
  // A figure of an enumeration shares the period of the fact it continues, once that one has its own.
  if (!timed.some((d) => d.continues !== undefined && d.time === null)) return timed;
  const bases = new Map<string, Draft>();
  for (const d of timed) if (d.continues === undefined && d.time) bases.set(`${d.type}\u0000${d.start}`, d);
  return timed.map((d) => {
    if (d.time !== null || d.continues === undefined) return d;
    const base = bases.get(`${d.type}\u0000${d.continues}`);
    return base ? { ...d, time: base.time } : d;
  });
}

