// Where a figure holds: a place named in the sentence ("in South Korea"), or the article's country
// for "in the country", "domestic", "local".
import { tagKind } from '../engine/tagged.js';
import type { Draft } from '../engine/draft.js';
import { sentenceMentions } from '../pipeline.js';
import type { Mention } from '../recognizers/types.js';
import type { Refiner } from './index.js';
import { topics } from './topics.js';

const SCOPED = /^(users\.|market\.|revenue$|ranking$|investment\.|product\.launch$)/;
const DEICTIC = /\b(?:in the country|the country['’]s|domestic|nationwide|local)\b/i;
/** "had 49.5 percent of the market": the market of the country the article is about. */
const THE_MARKET = /\b(?:of|in|on)\s+the\s+(?:\w+\s+)?market\b|\bmarket\s+share\b/i;
const GLOBAL = /\b(?:global|world|worldwide|international|regional)\b/i;
/** Rules of facts that continue the figure before them (refine/earlier-figure.ts). */
const CONTINUES = /\+(?:points-back|forecast)$/;
const RANKED_IN = /\b(?:in|across|among|within|throughout)\s+(?:the\s+)?$/i;
const REGIONAL = /\b(?:the region['’]s|in the region|regional)\b/i;

/** A company noun right after a place: "the Cairo company", "a Lagos-born startup". */
const COMPANY_AFTER = /^\s+(?:[a-z][\w-]*\s+)?(?:company|firm|startup|group|maker|operator|developer|lender|bank|insurer|carrier|conglomerate|chipmaker|retailer|business)\b/;

export const attachScope: Refiner = (ctx, drafts) => {
  const groups = sentenceMentions(ctx);
  const placesIn = (i: number) => groups[i]!.filter((m) => m.kind === 'place' && m.value.kind === 'entity');
  const t = topics(ctx.doc, ctx.mentions);
  // The scope of the last figure of the same family in the paragraph carries over ("… in South Korea on
  // March 27. This marks a jump from March 10, when …").
  const carried = new Map<string, string>();
  // Whether the article's country is named in its title or lead paragraph: an article about that market.
  let lead: boolean | undefined;
  const leadPlace = () => {
    if (lead === undefined) {
      const end = ctx.doc.paragraphs[1]?.end ?? ctx.doc.paragraphs[0]?.end ?? 0;
      lead = ctx.mentions.some((m) => m.kind === 'place' && m.start < end && m.value.kind === 'entity' && m.value.name === t.place);
    }
    return lead;
  };
  const family = (d: Draft) => `${d.sentence?.paragraph}:${d.type.split('.')[0]}`;
  return drafts.map((d) => {
    // A figure that continues the one before ("This represents …", "By 2028 it is forecast to …") holds
    // where that one does.
    if (d.scope === null && d.sentence && CONTINUES.test(d.rule) && carried.has(family(d))) return { ...d, scope: carried.get(family(d))! };
    const out = rankRegion(scopeOf(d));
    if (out.scope && out.sentence) carried.set(family(out), out.scope);
    else if (!out.scope && out.sentence && SCOPED.test(out.type) && carried.has(family(out))) return { ...out, scope: carried.get(family(out))! };
    return out;
  });

  /** "the market in Asia with the most paid users": a rank within a region is not a rank worldwide. */
  function rankRegion(d: Draft): Draft {
    if (d.value.kind !== 'rank' || d.qualifiers.region || !d.sentence) return d;
    const text = ctx.doc.text;
    const region = groups[d.sentence.index]!.find(
      (m) => tagKind(m) === 'region' && m.end <= d.start && d.start - m.end <= 60 && /\b(?:in|across|among|within)\s+$/i.test(text.slice(Math.max(0, m.start - 10), m.start)),
    );
    return region && region.value.kind === 'entity' ? { ...d, qualifiers: { ...d.qualifiers, region: region.value.name } } : d;
  }

  function scopeOf(d: Draft): Draft {
    if (d.scope !== null || !d.sentence || !SCOPED.test(d.type)) return d;
    const s = d.sentence;
    const text = ctx.doc.text;
    const said = text.slice(s.start, s.end);
    // "following the United States", "outside of the US": a place the figure is compared with, not its scope.
    const reference = (m: Mention) => /\b(?:following|after|behind|outside(?:\s+of)?|except|excluding|than|besides|apart\s+from|trailing|ahead\s+of|overtaking|overtook)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 25), m.start));
    // A rank holds where the sentence says "in", "across", "among" or "X's"; not at a place named in
    // another role ("the Czech-owned maker", "buses for Kraków").
    // "Cebu-based", "Czech-owned": a place in another role is never where a figure holds.
    // So is "the Cairo company" or "a Lagos startup": a place that describes a company.
    const otherRole = (m: Mention) =>
      /^-(?:based|owned|headquartered|listed|born|made)\b/.test(text.slice(m.end, m.end + 14)) ||
      (/\b(?:the|an?)\s+$/i.test(text.slice(Math.max(0, m.start - 6), m.start)) && COMPANY_AFTER.test(text.slice(m.end, m.end + 30))) ||
      // A dateline ("RABAT — …") says where the story was filed.
      (m.start === s.start && /^\s+[—–-]\s/.test(text.slice(m.end, m.end + 4)));
    const rankedIn = (m: Mention) => d.type !== 'ranking' || RANKED_IN.test(text.slice(Math.max(0, m.start - 12), m.start)) || /^['’]s?\b/.test(text.slice(m.end, m.end + 2));
    const inSentence = placesIn(s.index).filter((m) => m.value.kind === 'entity' && m.value.name !== d.subject && !reference(m) && !otherRole(m) && rankedIn(m));
    if (inSentence.length) {
      // A country or city before a region ("Korea is the market in Asia …"), then the nearest to the evidence.
      const mid = (d.start + d.end) / 2;
      const cost = (m: (typeof inSentence)[number]) => Math.abs((m.start + m.end) / 2 - mid) + (tagKind(m) === 'region' ? 1000 : 0);
      const best = inSentence.reduce((a, b) => (cost(a) <= cost(b) ? a : b));
      return { ...d, scope: best.value.kind === 'entity' ? best.value.name : null };
    }
    if (t.place && DEICTIC.test(said)) return { ...d, scope: t.place };
    // Not "the regional market" or "the global market": see below.
    if (t.place && /^(market\.|users\.|ranking$)/.test(d.type) && THE_MARKET.test(said) && !GLOBAL.test(said)) return { ...d, scope: t.place };
    // A market with no place named, in an article about one country, is that country's (unless it says global).
    if (t.place && d.type === 'market.size' && !GLOBAL.test(`${d.subject ?? ''} ${said}`)) return { ...d, scope: t.place };
    if (t.region && REGIONAL.test(said)) return { ...d, scope: t.region };
    // So is a company's share of a market ("holds about 38 percent in the streaming business"); not a
    // place's share ("Singapore holds the largest slice"), which is a share of somewhere larger.
    const placeSubject = d.subject !== null && placesIn(s.index).some((m) => m.value.kind === 'entity' && m.value.name === d.subject);
    if (t.place && d.type === 'market.share' && !placeSubject && !GLOBAL.test(`${d.subject ?? ''} ${said}`)) return { ...d, scope: t.place };
    // A segment or a company ranked in an article about one country ("took the lead in electric buses",
    // "slipped to fourth place") is ranked there; not a place ranked, nor a rank said to be global.
    if (t.place && d.type === 'ranking' && d.subject && !placeSubject && (/^[a-z]/.test(d.subject) || leadPlace()) && !GLOBAL.test(`${d.subject} ${said}`)) return { ...d, scope: t.place };
    // "South Korea ranks … . In particular, it has the second-largest …": "it" is the place the previous sentence is about.
    const prev = ctx.doc.sentences[(s.index ?? 0) - 1];
    if (prev && prev.paragraph === s.paragraph && /\b(?:it|its|the country)\b/i.test(text.slice(s.start, d.start))) {
      const first = placesIn(prev.index).find((m) => m.start <= prev.start + 4);
      if (first && first.value.kind === 'entity' && tagKind(first) === 'place') return { ...d, scope: first.value.name };
    }
    return d;
  }
};
