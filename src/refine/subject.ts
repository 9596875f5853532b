// Who a fact is about, when its rule did not say: the nearest name before the value in the same
// sentence, else (for "it", "the company", "its") the organisation the paragraph or article is about.
import type { Draft } from '../engine/draft.js';
import type { Mention } from '../recognizers/types.js';
import type { Refiner } from './index.js';
import { topics } from './topics.js';

/** Which kinds of name may be the subject of a type, in order of preference. */
function subjectKinds(type: string): string[] {
  if (type.startsWith('users.')) return ['product', 'org'];
  if (type === 'person.role' || type === 'quote') return ['person'];
  if (type === 'ranking') return ['place', 'org', 'product'];
  if (type === 'market.share') return ['org', 'product'];
  if (type === 'investment.commitment') return ['org', 'place'];
  return ['org', 'product'];
}

const NO_SUBJECT = new Set(['market.size']);

export const attachSubject: Refiner = (ctx, drafts) => {
  const t = topics(ctx.doc, ctx.mentions);
  // The last subject of each paragraph, kept apart for people and for organisations.
  const lastSubject = new Map<string, string>();
  const slot = (d: Draft) => `${d.sentence?.paragraph ?? -1}:${subjectKinds(d.type)[0] === 'person' ? 'person' : 'org'}`;
  const byStart = [...ctx.mentions];
  return drafts.map((d) => {
    if (d.subject !== null || NO_SUBJECT.has(d.type) || d.type.startsWith('mention.')) {
      if (d.subject && d.sentence) lastSubject.set(slot(d), d.subject);
      return d;
    }
    const kinds = subjectKinds(d.type);
    const s = d.sentence;
    const inSentence = (m: Mention) => s !== null && m.start >= s.start && m.end <= s.end;
    const isObject = (m: Mention) => m.value.kind === 'entity' && (m.value.name === d.object || (d.value.kind === 'entity' && m.value.name === d.value.name));
    let pick: Mention | undefined;
    const vStart = Math.max(d.start, valueStart(d, ctx.mentions));
    for (const kind of kinds) {
      // Nearest before the value (a name inside the match before the value counts too), then one inside the evidence.
      const usable = (m: Mention) => m.kind === kind && inSentence(m) && !isObject(m) && !describesAnother(ctx.doc.text, m);
      pick = byStart.filter((m) => usable(m) && m.end <= vStart).at(-1);
      // "the second-largest number of paid ChatGPT subscribers": the product follows the figure.
      if (!pick && d.type.startsWith('users.')) pick = byStart.find((m) => usable(m) && m.start >= d.start && m.end <= d.end);
      if (pick) break;
    }
    let subject = pick && pick.value.kind === 'entity' ? pick.value.name : null;
    if (!subject) {
      const para = lastSubject.get(slot(d));
      const topic = kinds[0] === 'product' ? (t.product ?? t.org) : kinds[0] === 'person' ? null : t.org;
      subject = para ?? topic;
    }
    // A fact is not about its own second party ("X bought a stake in Y" with X unknown is not "Y → Y").
    if (subject && (subject === d.object || (d.value.kind === 'entity' && subject === d.value.name))) subject = null;
    if (subject && s) lastSubject.set(slot(d), subject);
    return subject === d.subject ? d : { ...d, subject };
  });
};

/** "the developer of ChatGPT", "the maker of Galaxy phones": the name is not the one the sentence is about. */
function describesAnother(text: string, m: Mention): boolean {
  return /\b(?:developer|developers|maker|makers|creator|creators|owner|owners|operator|operators|parent|publisher|publishers|rival|rivals|competitor|competitors)\s+of\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 40), m.start));
}

function valueStart(d: Draft, mentions: Mention[]): number {
  // The first numeric mention inside the evidence: names before it are candidates.
  const v = mentions.find((m) => m.start >= d.start && m.end <= d.end && ['count', 'money', 'percent', 'multiplier', 'rank'].includes(m.kind));
  return v ? v.start : d.start;
}
