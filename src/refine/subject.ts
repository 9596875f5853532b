// Who a fact is about, when its rule did not say: the nearest name before the value in the same
// sentence, else (for "it", "the company", "its") the organisation the paragraph or article is about.
import type { Draft } from '../engine/draft.js';
import { KeywordIndex } from '../engine/keywords.js';
import { bySentence } from '../engine/run.js';
import type { Mention } from '../recognizers/types.js';
import { inRelativeClause } from './clauses.js';
import type { Refiner } from './index.js';
import { isWholeWord } from './whole-word.js';
import { topics } from './topics.js';

/** Which kinds of name may be the subject of a type, in order of preference. */
function subjectKinds(type: string): string[] {
  if (type.startsWith('users.')) return ['product', 'org'];
  if (type === 'person.role' || type === 'quote') return ['person'];
  // A ranking rule names its subject when it can; otherwise an organisation is likelier than a place.
  if (type === 'ranking') return ['org', 'product', 'place'];
  if (type === 'market.share') return ['org', 'product'];
  // Investors may be people ("Ek …, pledging €1 billion").
  if (type === 'investment.commitment') return ['org', 'place', 'person'];
  // Companies, not products, raise money, sign deals, open offices and are valued.
  if (/^(funding\.|deal\.|office|valuation)/.test(type)) return ['org'];
  return ['org', 'product'];
}

const NO_SUBJECT = new Set(['market.size']);
/** Types whose object is a second party (a partner, an investor, a target), never the subject of a sibling fact. */
const SECOND_PARTY = new Set(['partnership', 'funding.investor', 'funding.round', 'deal.acquisition', 'deal.merger']);

/** "the developer of ChatGPT", "the maker of Galaxy phones", "the marketplace owned by Cebu-based X": the name is
 * not the one the sentence is about. */
const DESCRIBES_ANOTHER = /\b(?:(?:developer|developers|maker|makers|creator|creators|owner|owners|operator|operators|parent|publisher|publishers|rival|rivals|competitor|competitors)\s+of\s+(?:the\s+)?|(?:owned|backed|run|operated|controlled)\s+by\s+(?:[\w-]+\s+){0,3}?)$/i;
/** "… in a round led by Meranti Capital, in a deal that values …": an investor, not the one valued. */
const ACTS_ON_ANOTHER = /^\s*(?:,[^,]{0,40},\s*)?(?:led|co-led|spearheaded|headed|invested|invests|values|valued|backed|acquired|bought)\b/i;
/** A plural owner of two to four words just before a share: "Brazilian pay-TV operators’ market share", "Chinese
 * smartphone makers' combined share" (not "the rivals' share": too vague to be a subject). */
const GROUP_OWNER = /(?:^|[\s,;(“"])((?:(?!(?:the|their|its|his|her|our|these|those)\b)[A-Za-z][\w-]*\s+){1,3}[A-Za-z][\w-]*s)['’]\s+(?:(?:combined|overall|total)\s+)?$/i;
const SHARE_WORDS = /^(?:combined\s+|overall\s+|total\s+)?(?:market\s+)?share\b/i;
/** Nouns for a group of companies: "cloud providers", "the two carriers". */
const GROUP_NOUN = '(?:companies|firms|providers|players|makers|carriers|operators|vendors|brands|rivals|giants|platforms|banks|lenders|startups|groups|businesses|investors|funds|automakers|chipmakers|insurers|telcos|developers|publishers|studios|retailers)';
/** Words after a place that make it qualify a group: "Japanese automakers", "Korean carriers". */
const PLACE_GROUP = new RegExp(`^\\s+(?:[a-z][\\w-]*\\s+){0,2}?${GROUP_NOUN}\\b`);
/** A place that names a market ("the Japan market", "Korea's AI market"). */
const MARKET_OF_PLACE = /^(?:['’]s)?\s+(?:[\w-]+\s+)?(?:market|industry|sector)\b/i;
/** A description of a product before a rank: "the language app was the top-grossing …". */
const PRODUCT_NOUN = '(?:app|application|service|platform|game)';
const THE_PRODUCT = new RegExp(`\\b(?:the|this)\\s+(?:[\\w-]+\\s+)?${PRODUCT_NOUN}\\s+(?:is|was|remains|remained|became|has\\s+been)\\b`, 'i');
/** A plural noun phrase opening a sentence (after a phrase of time or place), then a verb of holding:
 * "Electric two-wheelers took", "In the first half, electric vans accounted". */
const SEGMENT = /^(?:(?:In|During|Over|For|Across|By|Last|This)\s[^,]{1,40},\s+)?((?:[A-Za-z][a-z-]+)(?:\s+[a-z][\w-]*){0,3}s)\s+(?:took|take|takes|held|hold|holds|had|have|has|accounted|account|accounts|captured|capture|captures|made up|make up|makes up|claimed|claims|commanded|command|commands|represented|represent|represents)\b/;
/** Plurals that are people or sources, not segments ("Analysts had put …"), and groups of named companies ("The two largest vendors hold"). */
const NOT_A_SEGMENT = /^(?:the|its|their|our|his|her|all|analysts|investors|experts|officials|executives|sources|reports|data|figures|estimates|researchers|observers|people|users|customers|consumers|buyers|shoppers|insiders|others|some|many|most|both|these|those|they|we)\b/i;
/** After the last name of a list, the verb of holding a share: "… and C (together) account for". */
const LIST_HOLDS = /^\s+(?:(?:together|combined|collectively|jointly|now|still)\s+)*(?:account|accounts|accounted|hold|holds|held|control|controls|controlled|command|commands|commanded|make\s+up|made\s+up|represent|represented)\b/i;
/** Between two names of a list: ", ", ", and ", " and ", " & ". */
const LIST_JOIN = /^(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)$/;
/** The article's product named by a noun: "for the app", "the service's users". */
const THE_APP = new RegExp(`\\bthe\\s+${PRODUCT_NOUN}\\b`, 'i');
/** A present participle opening a fact's words: "pledging", "investing", "representing". */
const PARTICIPLE = /^[a-z]+ing\b/;
/** A pronoun or "the company" between a name and the figure: the sentence has moved on to its topic. */
// "Officials signed agreements with …": a government acts for the country the article is about.
const GOVERNMENT = /^(?:(?:On|In|Last|Earlier|Later)\s[^,]{1,30},\s+)?(?:(?:government|state|national|federal|local)\s+)?(?:officials|authorities|regulators|ministers|the\s+(?:[\w-]+\s+){0,3}?(?:government|ministry|cabinet))\b/i;

/** A sentence that opens with "It" ("The startup" is rather the article's company). */
const OPENS_WITH_IT = /^\W{0,3}It\b(?![’']s\b)/;

/** A name that estimates another's figure: "X puts its share …", "Y estimates their revenue …". */
const ESTIMATES_ITS = /^\s+(?:puts|put|estimates|estimated|pegs|pegged|sees|reckons|calculates|calculated|forecasts|expects)\s+(?:its|their)\b/i;
const PRONOUN_SUBJECT = /\b(?:it|the company|the firm|the startup|the group|the business)\s+(?:\w+\s+){0,2}?(?:holds?|has|had|have|is|was|says?|said|reported|posted|expects?|raised|generated|made|earned|now|also)\b/i;

/**
 * "These three cloud vendors now control 62%", "the two companies hold": a group of names, not
 * one of them. How many it counts, when it says.
 */
const GROUP = new RegExp(`\\b(?:these|those|the|both)\\s+(?:(two|three|four|five|six)\\s+)?(?:[\\w-]+\\s+){0,3}?${GROUP_NOUN}(?:\\s+[\\w-]+){0,4}?\\s*$`, 'i');
const COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, both: 2 };

/** "A, B and C". */
const listName = (names: string[]) => (names.length === 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

export const attachSubject: Refiner = (ctx, drafts) => {
  const { doc } = ctx;
  const t = topics(doc, ctx.mentions);
  const groups = bySentence(doc, ctx.mentions);
  // The second parties of facts, per sentence: never the subject of another fact there.
  const objects = new Map<number, Set<string>>();
  for (const d of drafts) {
    if (!d.sentence || !d.object || !SECOND_PARTY.has(d.type)) continue;
    const set = objects.get(d.sentence.index) ?? new Set<string>();
    set.add(d.object);
    objects.set(d.sentence.index, set);
  }
  const productNames = [...new Set(ctx.mentions.filter((m) => m.kind === 'product' && m.value.kind === 'entity').map((m) => (m.value.kind === 'entity' ? m.value.name : '')))].filter(Boolean);
  // The first product of the document named as a whole word in a text: all names found in one pass
  // (a search for each name in each fact's words was quadratic in an article of many products).
  let productIndex: KeywordIndex | undefined;
  const productIn = (words: string): string | undefined => {
    if (productNames.length === 0) return undefined;
    productIndex ??= new KeywordIndex(productNames);
    let best = -1;
    productIndex.scan(words, (id, end) => {
      const start = end - productNames[id]!.length;
      if ((best === -1 || id < best) && isWholeWord(words, start, end)) best = id;
    });
    return best === -1 ? undefined : productNames[best];
  };
  // The last subject of each paragraph, kept apart for people, products and organisations.
  const lastSubject = new Map<string, string>();
  const slot = (d: Draft) => `${d.sentence?.paragraph ?? -1}:${subjectKinds(d.type)[0]}`;
  return drafts.map((d) => {
    if (d.subject !== null || NO_SUBJECT.has(d.type) || d.type.startsWith('mention.')) {
      if (d.subject && d.sentence && !NO_SUBJECT.has(d.type) && d.type !== 'ranking') lastSubject.set(slot(d), d.subject);
      return d;
    }
    const kinds = subjectKinds(d.type);
    const s = d.sentence;
    const inSentence = s ? groups[s.index]! : [];
    const others = (s && objects.get(s.index)) || new Set<string>();
    const nameOf = (m: Mention) => (m.value.kind === 'entity' ? m.value.name : m.text);
    const isObject = (m: Mention) => nameOf(m) === d.object || (d.value.kind === 'entity' && nameOf(m) === d.value.name) || others.has(nameOf(m));
    const vStart = Math.max(d.start, valueStart(d, inSentence));
    const text = doc.text;
    const usable = (m: Mention, kind: string) =>
      m.kind === kind &&
      !isObject(m) &&
      // "its share in the Brazil market, where it climbed into second place": the market's place, not what is ranked.
      !(kind === 'place' && MARKET_OF_PLACE.test(text.slice(m.end, m.end + 40))) &&
      !DESCRIBES_ANOTHER.test(text.slice(Math.max(0, m.start - 40), m.start)) &&
      !ACTS_ON_ANOTHER.test(text.slice(m.end, m.end + 60)) &&
      // "Hrad Vehicles, the maker that Korsa overtook, slipped to fourth place": not a name in a relative clause
      // that closes before the figure.
      !(s && inRelativeClause(text, s, m.start, m.end, vStart)) &&
      // "According to the National Communications Authority, …, that gave it 31.4%", "Analysts polled by X had
      // expected …": a source is not the subject.
      !/\b(?:according\s+to|surveyed\s+by|polled\s+by|compiled\s+by|cited\s+by)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 18), m.start));
    // A product named inside the figure's own words ("the largest number of paying ChatGPT subscribers
    // outside of the United States" is one rank mention): the product the article names elsewhere.
    if (kinds[0] === 'product' && !inSentence.some((m) => m.kind === 'product' && m.end <= vStart && usable(m, 'product'))) {
      const named = productIn(text.slice(d.start, d.end));
      if (named) {
        lastSubject.set(slot(d), named);
        return { ...d, subject: named };
      }
    }
    let pick: Mention | undefined;
    // "X said that the language app was the best-selling …": a product described right before the rank
    // is the article's product, else what its users belong to, else its company; not a name the sentence
    // gives after it in another role ("… on Google Play and App Store").
    const described = d.type === 'ranking' && s ? THE_PRODUCT.exec(text.slice(s.start, vStart)) : null;
    if (described && !inSentence.some((m) => m.start >= s!.start + described.index && m.end <= vStart)) {
      const about = [t.product, t.usersOf, t.org].find((x) => x && !inSentence.some((m) => m.start >= vStart && nameOf(m) === x));
      if (about) return { ...d, subject: about };
    }
    // "Ek co-founded X with Y investor Z, pledging €1 billion": a participle after a comma tells what the
    // name that opens the sentence did, not the nearest name.
    if (s && PARTICIPLE.test(text.slice(d.start, d.end)) && /,\s*$/.test(text.slice(Math.max(s.start, d.start - 3), d.start))) {
      const opener = inSentence.find((m) => m.start - s.start <= 3 && kinds.some((k) => usable(m, k)));
      if (opener) pick = opener;
    }
    for (const kind of pick ? [] : kinds) {
      // Nearest before the value (a name inside the match before the value counts too).
      // A product is a subject only close by ("Vireo Pay has announced a partnership with …").
      // (a ranking's product may stand further back: "X had …, keeping it ahead as the most popular service")
      for (const m of inSentence) if (m.end <= vStart && usable(m, kind) && (kind !== 'product' || d.type.startsWith('users.') || vStart - m.end < (d.type === 'ranking' ? 250 : 60))) pick = m;
      // "the second-largest number of paid ChatGPT subscribers": the product follows the figure.
      if (!pick && d.type.startsWith('users.')) pick = inSentence.find((m) => m.start >= d.start && m.end <= d.end && usable(m, kind));
      if (pick) break;
    }
    // "A, B and C together account for 75%": a list that holds a share holds it as one.
    if (pick && d.type === 'market.share' && LIST_HOLDS.test(text.slice(pick.end, vStart))) {
      const items = [pick];
      for (let k = inSentence.indexOf(pick) - 1; k >= 0; k--) {
        const m = inSentence[k]!;
        if (m.kind !== pick.kind || !LIST_JOIN.test(text.slice(m.end, items[0]!.start))) break;
        items.unshift(m);
      }
      if (items.length > 1) return { ...d, subject: listName(items.map(nameOf)), qualifiers: { ...d.qualifiers, combined: true } };
    }
    // "…, and says it holds roughly 12%": the pronoun, not the nearest name, is the subject.
    if (pick && kinds[0] !== 'person' && PRONOUN_SUBJECT.test(text.slice(pick.end, vStart))) pick = undefined;
    // "Tianyan puts its share of the market at 6.8%": the one who estimates is not whose share it is.
    if (pick && kinds[0] !== 'person' && ESTIMATES_ITS.test(text.slice(pick.end, vStart))) pick = undefined;
    let subject = pick ? nameOf(pick) : null;
    // "Japanese automakers plan to spend": a place that qualifies a group names the group, not itself.
    const qualified = pick?.kind === 'place' ? PLACE_GROUP.exec(text.slice(pick.end, pick.end + 60)) : null;
    if (qualified) subject = `${text.slice(pick!.start, pick!.end)}${qualified[0]}`;
    // "Chinese smartphone makers’ combined share rose to 40%": a group owns the share, not a name.
    const owners = !subject && s && d.type === 'market.share' && SHARE_WORDS.test(text.slice(d.start, d.end)) ? GROUP_OWNER.exec(text.slice(s.start, d.start)) : null;
    if (owners) return { ...d, subject: owners[1]! };
    // "Electric scooters took the lead with a 61 per cent share": a plural noun opening the sentence, with
    // no name, holds the share (a segment), not the article's company.
    const segment = !subject && s && (d.type === 'market.share' || d.type === 'ranking') ? SEGMENT.exec(text.slice(s.start, Math.max(vStart, d.end))) : null;
    if (segment && !NOT_A_SEGMENT.test(segment[1]!)) return { ...d, subject: segment[1]!.replace(/^\w/, (c) => c.toLowerCase()) };
    // A group named before the figure: the organisations the sentence before lists, as many as it counts
    // ("… were Corvane, Telmio and Austral Data. These three cloud vendors now control 62%"), as one subject.
    const group = !subject && s && kinds[0] === 'org' ? GROUP.exec(text.slice(s.start, vStart)) : null;
    if (group) {
      const prev = doc.sentences[s!.index - 1];
      const want = COUNT[(group[1] ?? (/^both\b/i.test(group[0]) ? 'both' : '')).toLowerCase()];
      const listed = prev && prev.paragraph === s!.paragraph ? [...new Set(groups[prev.index]!.filter((m) => m.kind === 'org').map(nameOf))] : [];
      // Only when the sentence counts them ("these three"): "these companies" may be any of those before.
      const named = want !== undefined && listed.length === want ? listName(listed) : null;
      // Not one of them: no subject is better than a wrong one.
      return named ? { ...d, subject: named, qualifiers: { ...d.qualifiers, combined: true } } : d;
    }
    // "… have registered for the app": the article's product, not the last one the paragraph named.
    if (!subject && s && kinds[0] === 'product' && t.usersOf && THE_APP.test(text.slice(s.start, s.end))) return { ...d, subject: t.usersOf };
    if (!subject && s && kinds[0] === 'org' && t.place && GOVERNMENT.test(text.slice(s.start, vStart))) return { ...d, subject: t.place };
    // "Tagus, founded in 2021, makes voice agents. It had raised €18 million …": "It" opening a sentence is the
    // organisation that opens the sentence before, in the same paragraph.
    if (!subject && s && s.index > 0 && OPENS_WITH_IT.test(text.slice(s.start, vStart))) {
      const prev = doc.sentences[s.index - 1]!;
      const first = prev.paragraph === s.paragraph ? groups[prev.index]!.find((m) => kinds.includes(m.kind) && m.start - prev.start <= 3) : undefined;
      if (first) return { ...d, subject: nameOf(first) };
    }
    if (!subject) {
      const para = lastSubject.get(slot(d)) ?? (kinds[0] === 'product' ? lastSubject.get(`${s?.paragraph ?? -1}:org`) : undefined);
      const topic = kinds[0] === 'product' ? t.usersOf : kinds[0] === 'person' ? null : t.org;
      subject = para ?? topic;
    }
    // A fact is not about its own second party ("X bought a stake in Y" with X unknown is not "Y → Y"),
    // nor about a partner listed beside it.
    const ownParty = (x: string | null) => x !== null && (x === d.object || (d.value.kind === 'entity' && x === d.value.name) || others.has(x));
    if (ownParty(subject)) subject = kinds[0] !== 'person' && !ownParty(t.org) ? t.org : null;
    // A ranking's subject may be a country: not the company a later "it" stands for.
    if (subject && s && d.type !== 'ranking') lastSubject.set(slot(d), subject);
    return subject === d.subject ? d : { ...d, subject };
  });
};

function valueStart(d: Draft, mentions: Mention[]): number {
  // The first numeric mention inside the evidence: names before it are candidates.
  const v = mentions.find((m) => m.start >= d.start && m.end <= d.end && ['count', 'money', 'percent', 'multiplier', 'rank'].includes(m.kind));
  return v ? v.start : d.start;
}
