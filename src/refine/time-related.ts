// Times a figure takes from a related figure, when no date is said next to it:
// - a growth holds when the figure it grows to does ("grew 45% from a year earlier to 31 million in
//   October": October);
// - a forecast it is measured against holds for the same period ("$612 million for the second quarter,
//   ahead of the $590 million analysts had expected");
// - "now … up from 1.5 million a year ago": a year before the article's month;
// - "The round valued the company at $1.4 billion": when the round named just before was.
import type { Draft } from '../engine/draft.js';
import type { Document } from '../document/index.js';
import { draftsBySentence } from './drafts-by-sentence.js';
import type { Time } from '../schema.js';

const GROWTH = /\.growth$/;
/** A forecast figure: "the $590 million analysts had expected", "consensus estimates of $1.2 billion". */
const FORECAST = /\b(?:analysts?|consensus|wall street|the street|economists)\b[^.;]{0,40}\b(?:expected|forecast|estimated|predicted|anticipated|projected)\b|\b(?:expected|forecast|estimated|predicted|anticipated)\s+by\s+analysts\b|\bconsensus\s+(?:estimates?|forecasts?)\b/i;
/** "now has 4.2 million …, up from 1.5 million a year ago". */
const NOW = /\b(?:now|currently|today)\b/i;
const A_YEAR_AGO = /^[^;.]{0,30}?\ba year (?:ago|earlier|before)\b/i;
/** A sentence that opens on the round just named: "The round valued the company at …". */
const THE_ROUND = /^(?:the|this|that)\s+(?:[\w-]+\s+)?(?:round|raise|deal|investment|funding|financing|transaction)\s+(?:valued|values|gave|gives|puts|put|pegged|pegs|priced|prices)\b/i;

const p2 = (n: number) => String(n).padStart(2, '0');

export function relatedTimes(doc: Document, before: Draft[], after: Draft[]): Draft[] {
  const text = doc.text;
  const inSentence = draftsBySentence(after);
  // The dated rounds of each sentence.
  const rounds = new Map<number, Draft>();
  for (const d of after) if (d.type === 'funding.round' && d.time?.start && d.sentence) rounds.set(d.sentence.index, d);
  return after.map((d, k) => {
    const s = d.sentence;
    if (!s || d.type.startsWith('mention.')) return d;
    const same = inSentence.get(s.index)!;
    // A growth the refiner dated by proximity: the date of the figure it grows to wins.
    if (GROWTH.test(d.type) && before[k]!.time === null) {
      const family = d.type.split('.')[0];
      // The figure grown to ends after the growth does: "from 271 million in 2019 to 345 million in 2020".
      const to = same.filter((o) => o !== d && o.end > d.end && !GROWTH.test(o.type) && o.type.startsWith(`${family}.`) && o.time?.start && o.value.kind === 'count').sort((a, b) => a.end - b.end).at(-1);
      if (to) return { ...d, time: to.time };
    }
    // "now …, up from 1.5 million a year ago": the article's month, a year back ("a year ago" alone
    // reads as last year).
    const yearAgo = d.time === null || (d.time.precision === 'year' && /^a year (?:ago|earlier|before)$/i.test(d.time.text));
    if (yearAgo && doc.date && A_YEAR_AGO.test(text.slice(d.end, s.end)) && same.some((o) => o !== d && o.type === d.type && o.end <= d.start) && NOW.test(text.slice(s.start, d.start))) {
      const [y, m] = doc.date.split('-').map(Number) as [number, number];
      const time: Time = { start: `${y - 1}-${p2(m)}`, end: null, precision: 'month', text: A_YEAR_AGO.exec(text.slice(d.end, s.end))![0].replace(/^[^;.]*?(?=\ba year)/i, '') };
      return { ...d, time };
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
    return d;
  });
}
