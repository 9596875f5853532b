// When a fact holds, when its rule did not say: the date in the same clause before one further away.
import { numberOf, type Draft } from '../engine/draft.js';
import type { Time } from '../schema.js';
import type { Sentence } from '../document/index.js';
import type { Mention } from '../recognizers/types.js';
import { sentenceMentions } from '../pipeline.js';
import { inRelativeClause } from './clauses.js';
import type { Refiner } from './index.js';
import { draftsBySentence } from './drafts-by-sentence.js';
import { relatedTimes } from './time-related.js';

const CLAUSE_BREAK = /[;—–]|,\s*(?:which|while|but|and|when|after|before|up from|down from|compared)\b|\.\s/g;

const NUMERIC = new Set(['count', 'money', 'percent', 'multiplier']);

/** What separates a figure from a date more than words do. */
const SEPARATOR = /[,;—–(]/g;
const SEPARATOR_CHARS = new Set([...',;—–('].map((c) => c.charCodeAt(0)));

/**
 * Cost of reaching a date from the fact: characters, plus a large step for each clause boundary crossed
 * and for each other figure passed ("29bn yen in the quarter, up from 28.5bn yen in Q2 2022": Q2 2022
 * belongs to the second figure).
 */
function distance(text: string, d: Draft, m: Mention, values: Mention[]): number {
  const [a, b] = m.end <= d.start ? [m.end, d.start] : m.start >= d.end ? [d.end, m.start] : [m.start, m.start];
  const between = text.slice(a, b);
  const breaks = between.match(CLAUSE_BREAK)?.length ?? 0;
  const passed = values.filter((v) => v.start >= a && v.end <= b).length;
  return b - a + breaks * 200 + passed * 300 + (m.start >= d.end ? 0 : 10);
}

/** "the quarter ended June 30" is that quarter, not its last day. */
function quarterEnded(text: string, m: Mention): Time | null {
  const t = m.time;
  if (!t?.start || (t.precision !== 'day' && t.precision !== 'month')) return null;
  if (!/\b(?:quarter|three months)\s+(?:that\s+)?(?:ended|ending|to|through|closed)\s+(?:on\s+)?$/i.test(text.slice(Math.max(0, m.start - 40), m.start))) return null;
  const [y, mo] = t.start.split('-').map(Number) as [number, number];
  const q0 = Math.floor((mo - 1) / 3) * 3 + 1;
  const p2 = (n: number) => String(n).padStart(2, '0');
  return { start: `${y}-${p2(q0)}`, end: `${y}-${p2(q0 + 2)}`, precision: 'quarter', text: text.slice(Math.max(0, m.start - 40), m.end).replace(/^.*?\b(?=quarter|three months)/i, '') };
}

/** Before a date that opens a sentence: "In", "During the", "As of". */
const OPENING_DATE = /^\W{0,3}(?:(?:in|during|over|for|by|as\s+of|at\s+the\s+end\s+of|through)\s+)?(?:the\s+)?$/i;

const NO_TIME = new Set(['person.role', 'offices.count']);

/** The mention of the fact's own figure inside its evidence. */
function ownFigure(d: Draft, inSentence: Mention[]): Mention | undefined {
  const want = numberOf(d.value);
  return want === undefined ? undefined : inSentence.find((m) => m.start >= d.start && m.end <= d.end && NUMERIC.has(m.kind) && numberOf(m.value) === want);
}

export const attachTime: Refiner = (ctx, drafts) => {
  const groups = sentenceMentions(ctx);
  // The figures of each type of fact in each sentence.
  const sameType = new Map<string, Mention[]>();
  for (const d of drafts) {
    if (!d.sentence) continue;
    const f = ownFigure(d, groups[d.sentence.index]!);
    if (!f) continue;
    const k = `${d.sentence.index}\u0000${d.type}`;
    const list = sameType.get(k);
    if (list) list.push(f);
    else sameType.set(k, [f]);
  }
  const text = ctx.doc.text;
  // Commas and the like before each position of the sentence in hand (prefix counts, made once per sentence):
  // `gap` runs for every fact, date and rival of a sentence, and a search of the text between for each
  // made a sentence of many dated figures cost the cube of their number.
  let marksOf: Sentence | null = null;
  let marks = new Int32Array(1);
  const separators = (s: Sentence, x: number, y: number): number => {
    if (x < s.start || y > s.end) return text.slice(x, y).match(SEPARATOR)?.length ?? 0;
    if (marksOf !== s) {
      marks = new Int32Array(s.end - s.start + 1);
      for (let i = s.start; i < s.end; i++) marks[i - s.start + 1] = marks[i - s.start]! + (SEPARATOR_CHARS.has(text.charCodeAt(i)) ? 1 : 0);
      marksOf = s;
    }
    return marks[y - s.start]! - marks[x - s.start]!;
  };
  // Whether each date opens its sentence, worked out once.
  const opening = new Map<Mention, boolean>();
  const timed = drafts.map((d) => {
    if (d.time !== null || !d.sentence || d.type.startsWith('mention.') || NO_TIME.has(d.type)) return d;
    const s = d.sentence;
    const inSentence = groups[s.index]!;
    // Distances count from the fact's own figure, when it has one: its evidence may hold other figures.
    const own = ownFigure(d, inSentence);
    const at: Draft = own ? { ...d, start: own.start, end: own.end } : d;
    const others = inSentence.filter((m) => NUMERIC.has(m.kind) && m !== own && !(m.start >= d.start && m.end <= d.end));
    // A date nearer to another figure of the same kind of fact is that one's ("stood at $157 billion in
    // October last year, has nearly doubled to $300 billion"; "$X in the quarter, up from $Y in Q2 2022").
    const rivals = (sameType.get(`${s.index}\u0000${d.type}`) ?? []).filter((f) => f !== own);
    const gap = (a: { start: number; end: number }, m: Mention) => {
      const [x, y] = m.start >= a.end ? [a.end, m.start] : a.start >= m.end ? [m.end, a.start] : [0, 0];
      // A comma between a figure and a date separates them more than words do.
      return y - x + 100 * (y > x ? separators(s, x, y) : 0);
    };
    // A date that opens the sentence ("In the first half, vans accounted for 61%, while buses made up
    // 24%") dates all its figures, not only the nearest.
    const opens = (m: Mention) => {
      let o = opening.get(m);
      if (o === undefined) opening.set(m, (o = m.start - s.start <= 40 && OPENING_DATE.test(text.slice(s.start, m.start)) && /^\s*,/.test(text.slice(m.end, m.end + 3))));
      return o;
    };
    const candidates = inSentence.filter((m) => m.kind === 'time' && (!rivals.some((f) => gap(f, m) < gap(at, m)) || opens(m)));
    if (candidates.length === 0) return d;
    let best = candidates[0]!;
    let cost = Infinity;
    for (const m of candidates) {
      // "since 2002" starts a period, "founded in 2021" dates a founding: neither is when the figure holds.
      const before = ctx.doc.text.slice(Math.max(0, m.start - 16), m.start);
      // A date after another amount is that amount's ("$212 million …, including a $90 million Series C
      // led by X last November"), unless the amount is this one's equivalent in parentheses.
      if (own && m.start > own.end && moneyBetween(inSentence, own, m, d, text)) continue;
      // A founding's date is never a figure's ("raised since its founding in 2021").
      if (/\b(?:founding|founded|inception|establishment)\s+in\s+$/i.test(before) && !/^(?:person|product)\./.test(d.type)) continue;
      const since = /\b(?:since|established\s+in)\s+$/i.test(before) ? 300 : 0;
      // "Masar, the company that started the sector in 2016, remains the leader": a date in a relative clause
      // set off by commas tells of the name it describes, unless the fact's own figure is in that clause.
      // "Masar, the company that started the sector in 2016, remains the leader": a date in a relative clause
      // tells of the name it describes, unless the fact's own figure is in that clause too.
      if (inRelativeClause(text, s, m.start, m.end) && !(own && inRelativeClause(text, s, own.start, own.end) && text.lastIndexOf(',', own.start) === text.lastIndexOf(',', m.start))) continue;
      // A date right after the fact's words is theirs ("a $90 million Series C led by X last November").
      const adjacent = m.start >= d.end && m.start - d.end <= 2 ? m.start - d.end : Infinity;
      const c = Math.min(distance(ctx.doc.text, at, m, others), adjacent) + (m.time?.start ? 0 : 500) + since;
      if (c < cost) [best, cost] = [m, c];
    }
    if (!best.time || cost === Infinity) return d;
    const time = quarterEnded(ctx.doc.text, best) ?? best.time;
    const qualifiers = best.qualifiers.forecast ? { ...d.qualifiers, forecast: true } : d.qualifiers;
    return { ...d, time, qualifiers };
  });
  return relatedTimes(ctx.doc, ctx.mentions, drafts, yearEarlier(text, timed));
};

/** Whether an amount other than the fact's own, outside parentheses and the fact's words, stands between its figure and a date after it. */
function moneyBetween(inSentence: Mention[], own: Mention, date: Mention, d: Draft, text: string): boolean {
  if (own.kind !== 'money') return false;
  return inSentence.some((x) => x.kind === 'money' && x !== own && x.start >= own.end && x.end <= date.start && !(x.start >= d.start && x.end <= d.end) && !/\(\s*$/.test(text.slice(Math.max(0, x.start - 3), x.start)));
}

/** Between a dated figure and a later one: "a 12% year-on-year increase from", "up 9% on the year from". */
const YOY_BETWEEN = /\b(?:year[- ]on[- ]year|year[- ]over[- ]year|y\/y|yoy|on the year|annual)\b(?=[^;]{0,40}?\b(?:from|compared\s+(?:to|with)|versus|vs\.?)\s)/i;
/** After the later figure: "from $443 million a year earlier", "… in the year-ago quarter". */
const YOY_AFTER = /^[^;.]{0,40}?\b(?:a year (?:earlier|ago|before)|(?:in|for|during) the (?:same (?:period|quarter|month|half) (?:a year (?:earlier|ago)|of (?:the )?(?:previous|prior) year)|year-(?:ago|earlier) (?:period|quarter|month|half)))\b/i;

const A_YEAR_EARLIER = /^a year (?:earlier|ago|before)$/i;

const shiftYear = (date: string | null) => (date ? String(Number(date.slice(0, 4)) - 1).padStart(4, '0') + date.slice(4) : null);

/**
 * The earlier figure of a year-on-year comparison holds a year before the figure it is compared with:
 * "$740 million in revenue in the third quarter of 2024, a 9% year-on-year increase from $679 million"
 * (the third quarter of 2023).
 */
function yearEarlier(text: string, drafts: Draft[]): Draft[] {
  const inSentence = draftsBySentence(drafts);
  return drafts.map((d) => {
    // "a year earlier" was read against the last date named, which may be a quarter's last day.
    if ((d.time !== null && !A_YEAR_EARLIER.test(d.time.text)) || !d.sentence || d.type.startsWith('mention.') || NO_TIME.has(d.type) || numberOf(d.value) === undefined) return d;
    let base: Draft | undefined;
    for (const o of inSentence.get(d.sentence.index)!) {
      if (o !== d && o.type === d.type && o.end <= d.start && o.time?.start && o.time.precision !== 'day') base = o;
    }
    if (!base?.time) return d;
    // From the dated figure to the end of this one's evidence, which may begin with "from".
    const phrase = YOY_BETWEEN.exec(text.slice(base.end, d.end)) ?? YOY_AFTER.exec(text.slice(d.end, d.sentence.end));
    if (!phrase) return d;
    const t = base.time;
    return { ...d, time: { start: shiftYear(t.start), end: shiftYear(t.end), precision: t.precision, text: phrase[0].replace(/^[^;]*?(?=\b(?:a year|in the|for the|during the)\b)/i, '') } };
  });
}
