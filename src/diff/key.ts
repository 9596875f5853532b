// The key that matches facts across articles (../shared/FACTS.md, "Comparing facts across articles"):
// type, canonical subject and object, scope, the time period where present, and the qualifiers that
// change what is counted (`new`, `region`, `period`, `forecast`, a rank's `of`, …).
import { canonicalName, nameKey } from '../names/canonical.js';
import type { Fact } from '../schema.js';
import { valueText } from '../report/text.js';
import { stableStringify } from './stable.js';

/** Types whose second entity is the relation's other party: `object`, else the entity value's name. */
export const RELATION_TYPES = new Set(['partnership', 'office.opening', 'funding.investor', 'deal.merger', 'deal.acquisition']);
/** Relations that read the same either way round ("A partners with B" = "B partners with A"). */
export const SYMMETRIC_TYPES = new Set(['partnership', 'deal.merger']);

/** The parts of a key, both as comparison keys and in a readable form. */
export interface KeyParts {
  type: string;
  /** The value's kind: a count of paid users and a rank of paid users are different facts. */
  kind: string;
  subject: string;
  object: string;
  scope: string;
  /** "2025-03-27", "2019-04..2019-06", or "" when the fact has no resolved time. */
  time: string;
  /** A rank's `of`, normalised ("countries", "countries in asia"); "" when not given. */
  of: string;
  /** The other qualifiers that are part of the key, normalised, e.g. { new: "true", period: "annual" }. */
  qualifiers: Record<string, string>;
  /** For display: the names as a reader writes them. */
  display: { subject: string | null; object: string | null; scope: string | null; time: string | null; qualifiers: Record<string, string | boolean> };
}

/** Canonical comparison form of a name ("Kakao Corp." → "kakao", "Korea" → "south korea"). */
export function canonical(name: string | null | undefined): string {
  if (name === null || name === undefined || name.trim() === '') return '';
  try {
    return nameKey(name);
  } catch {
    return fallbackKey(name);
  }
}

/** Display form of a name ("Krafton Inc." → "Krafton"). */
export function display(name: string | null | undefined): string | null {
  if (name === null || name === undefined || name.trim() === '') return null;
  try {
    return canonicalName(name);
  } catch {
    return name.trim();
  }
}

const LEGAL = /(?:,?\s+(?:inc|incorporated|corp|corporation|co|ltd|limited|llc|plc|gmbh))+\.?$/i;
/** Lower case and legal suffixes dropped: used only if the canonicaliser throws on odd input. */
function fallbackKey(name: string): string {
  return name.trim().replace(/^the\s+/i, '').replace(LEGAL, '').toLowerCase().replace(/[^\p{L}\p{N}&+]+/gu, ' ').trim();
}

/** Words, lower case, punctuation as spaces. */
export function words(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}

const PERIODS: [RegExp, string][] = [
  [/^(?:annual|annually|yearly|a year|per year|per annum|each year|every year|annualized|annualised|full year|fiscal year|year)$/, 'annual'],
  [/^(?:quarterly|a quarter|per quarter|quarter|each quarter)$/, 'quarterly'],
  [/^(?:monthly|a month|per month|month|each month)$/, 'monthly'],
  [/^(?:weekly|a week|per week|week|each week)$/, 'weekly'],
  [/^(?:daily|a day|per day|day|each day)$/, 'daily'],
  [/^(?:half yearly|semiannual|semi annual|biannual|half year|a half)$/, 'half-yearly'],
];

/**
 * The counting period of a figure (annual or quarterly revenue), or "" when the qualifier says
 * something else ("in just over five months" is how long a change took, not what was counted).
 */
export function normalisePeriod(p: unknown): string {
  if (typeof p !== 'string') return '';
  const w = words(p);
  for (const [re, name] of PERIODS) if (re.test(w)) return name;
  return '';
}

const OF_NOISE = new Set(['the', 'all', 'worldwide', 'globally', 'global', 'world', 'around']);
const OF_PLACES = new Set(['market', 'markets', 'nation', 'nations', 'country', 'countries', 'economy', 'economies']);

/** A rank's `of`: "countries worldwide" = "countries"; "markets in Asia" = "countries in asia". */
export function normaliseOf(of: unknown): string {
  if (typeof of === 'number') return String(of);
  if (typeof of !== 'string') return '';
  const out = words(of)
    .split(' ')
    .filter((t) => t && !OF_NOISE.has(t))
    .map((t) => (OF_PLACES.has(t) ? 'countries' : t));
  while (out.length && /^(?:in|of|across|around)$/.test(out[out.length - 1]!)) out.pop();
  return out.join(' ');
}

function stringish(v: unknown): string {
  if (v === undefined || v === null || v === false) return '';
  if (v === true) return 'true';
  if (typeof v === 'string') return words(v);
  if (typeof v === 'number') return String(v);
  return words(JSON.stringify(v));
}

/** The time part of the key: the resolved period, never the bare text of an unresolved one. */
export function timeKey(f: Fact): string {
  const t = f.time;
  if (!t || !t.start) return '';
  return t.end && t.end !== t.start ? `${t.start}..${t.end}` : t.start;
}

/** The second entity of a relation (its `object`, else the entity value's name). */
export function secondEntity(f: Fact): string | null {
  if (f.object) return f.object;
  if (RELATION_TYPES.has(f.type) && f.value.kind === 'entity') return f.value.name;
  return null;
}

export function keyParts(f: Fact): KeyParts {
  const q = f.qualifiers;
  let subject = canonical(f.subject);
  let object = canonical(secondEntity(f));
  let subjectShown = display(f.subject);
  let objectShown = display(secondEntity(f));
  if (SYMMETRIC_TYPES.has(f.type) && subject > object && object !== '') {
    [subject, object] = [object, subject];
    [subjectShown, objectShown] = [objectShown, subjectShown];
  }
  const qualifiers: Record<string, string> = {};
  const shown: Record<string, string | boolean> = {};
  const put = (k: string, norm: string, raw: string | boolean) => {
    if (norm === '') return;
    qualifiers[k] = norm;
    shown[k] = raw;
  };
  if (q.new === true) put('new', 'true', true);
  if (q.forecast === true) put('forecast', 'true', true);
  if (q.points === true) put('points', 'true', true);
  // A region qualifies what a rank or a count is counted within; an office's rank in a region is
  // compared as part of its value instead (see agree.ts), so that "Seoul office" matches "third in Asia".
  if (typeof q.region === 'string' && f.type !== 'office.opening') put('region', canonical(q.region), display(q.region) ?? q.region);
  const period = normalisePeriod(q.period);
  if (period) put('period', period, period);
  if (f.type === 'users.growth' && typeof q.metric === 'string') put('metric', stringish(q.metric), q.metric);
  // A business line's revenue is not the company's ("Inspection software … grew to 742 million crowns").
  if (typeof q.segment === 'string') put('segment', stringish(q.segment), q.segment);
  if (f.type === 'ranking' && typeof q.category === 'string') put('category', stringish(q.category), q.category);
  if (f.type === 'person.role' && q.former === true) put('former', 'true', true);
  // The product launched, the quote said: part of what the fact is, not a value that can disagree.
  if (f.value.kind === 'entity' && !RELATION_TYPES.has(f.type)) put('name', canonical(f.value.name), display(f.value.name) ?? f.value.name);
  if (f.type === 'quote' && f.value.kind === 'text') put('text', words(f.value.text), f.value.text);
  // An untyped number (--mentions) has no subject to tell it from the article's other numbers: each value
  // is a fact of its own, found or not on the other side, not one key holding every number of the article.
  if (f.type.startsWith('mention.') && f.value.kind !== 'entity') put('value', stableStringify(f.value), valueText(f.value));
  const of = f.value.kind === 'rank' ? normaliseOf(f.value.of) : '';
  const time = timeKey(f);
  return {
    type: f.type,
    kind: f.value.kind,
    subject,
    object,
    scope: canonical(f.scope),
    time,
    of,
    qualifiers,
    display: { subject: subjectShown, object: objectShown, scope: display(f.scope), time: time || null, qualifiers: shown },
  };
}

const SEP = '\u001f';

/** Everything but the parts that may be missing from a less specific statement (time, a rank's `of`). */
export function baseKey(p: KeyParts): string {
  const q = Object.keys(p.qualifiers)
    .sort()
    .map((k) => `${k}=${p.qualifiers[k]}`)
    .join(';');
  return [p.type, p.kind, p.subject, p.object, p.scope, q].join(SEP);
}

export function fullKey(p: KeyParts): string {
  return [baseKey(p), p.time, p.of].join(SEP);
}

/** A readable one-line description of a key: "valuation OpenAI [2024-10]". */
export function describeKey(p: KeyParts): string {
  const d = p.display;
  let s = p.type;
  if (d.subject) s += ` ${d.subject}`;
  if (d.object) s += ` → ${d.object}`;
  if (d.scope) s += ` @ ${d.scope}`;
  if (d.time) s += ` [${d.time}]`;
  const extras: string[] = [];
  for (const [k, v] of Object.entries(d.qualifiers)) {
    if (k === 'text') continue;
    if (k === 'name' || k === 'value') extras.push(String(v));
    else if (v === true) extras.push(k);
    else if (k === 'region') extras.push(`in ${v}`);
    else extras.push(`${k}: ${v}`);
  }
  if (p.of) extras.push(`of ${p.of}`);
  if (d.qualifiers.text !== undefined) {
    const t = String(d.qualifiers.text);
    extras.push(`“${t.length > 60 ? t.slice(0, 59) + '…' : t}”`);
  }
  return extras.length ? `${s} (${extras.join(', ')})` : s;
}

/** The topic of a key, to show related facts together: subject and type family (office / offices are one). */
export function topicOf(p: KeyParts): string {
  const family = p.type.split('.')[0]!.replace(/^office$/, 'offices');
  return `${p.display.subject ?? '(no subject)'} · ${family}`;
}
