// Deals: acquisitions (acquirer buys target) and mergers (two parties combine).
import type { RuleSpecInput } from '../../engine/rule-spec.js';

// Not the passive "acquired by" (see deal.acquisition.passive).
const BUY = '(?!\\w+\\s+by\\b)(?:agreed to (?:buy|acquire|purchase|take over)|to (?:buy|acquire|purchase|take over)|will (?:buy|acquire|purchase)|acquired|acquires|acquiring|bought|buys|buying|purchased|purchases|took over|takes over|snapped up|snaps up|scooped up|scoops up|picked up|completed (?:its|the) (?:acquisition|purchase|takeover) of|(?:acquisition|purchase|takeover|buyout) of)';

// Words before a name that describe it: "Chile's leading logistics group", "another regional lender,",
// "logistics and freight group" ("and" only between two such words: "A and B" is a list of names),
// "Jakarta-based speech-recognition startup".
const DESCRIPTOR = "(?:(?:{anyplace}(?:['’]s|-based|-born|-listed|-headquartered)?|{org}['’]s?|{rank}|(?:and|&)(?=\\s+[a-z])|(?!(?:than|from|to|by|with|for|on|at|as|about|into|after|before|over|and|or|but|while|when|that|which|who|more|less)\\b)[a-z][\\w-]*),?\\s+){0,6}?";

/** The name is the thing bought, not a word before it ("bought Chatterly Plus subscriptions", "Acme shares"). */
/** The words of an acquisition, for both acquisition rules. */
const BUY_KW = ['acqui', 'buy', 'bought', 'purchas', 'take over', 'took over', 'takeover', 'buyout', 'snapped up', 'snaps up', 'scooped up', 'scoops up', 'picked up'];

const NOT_A_THING = '(?!\\s+(?:subscriptions?|shares|stock|products?|devices?|phones?|licen[cs]es?|tickets?|ads?|advertising|credits?|tokens?|services?|plans?|accounts?|units?|chips?|servers?|gear|hardware|software)\\b)';

/** Buying shares in a company is not buying the company: "bought shares directly in X", "purchased additional stock in X". */
const NOT_SHARES = '(?!\\s+(?:(?:new|more|additional|further|some)\\s+)?(?:shares|stock|equity|bonds|notes|securities)\\b)';

export const rules: RuleSpecInput[] = [
  // "Corvane agreed to buy Telmio for $420 million", "has acquired Chile's leading freight group Telmio",
  // "took over another regional lender, Banco Arvo", "closed its acquisition of Vireo Pay"
  { id: 'deal.acquisition.buy', type: 'deal.acquisition', value: 'object', keywords: BUY_KW, pattern: `(?:{org:subject}(?:['’]s)?{gap})?\\b${BUY}${NOT_SHARES}\\s+(?:an?\\s+(?:{percent}\\s+|majority\\s+|controlling\\s+|minority\\s+)?stake\\s+in\\s+)?${DESCRIPTOR}{org:object}(?!['’](?:s\\b|\\s))${NOT_A_THING}(?:{gap}\\bfor\\s+{money:amount})?`, qualifiersFrom: { amount: 'amount' }, confidence: 0.8 },
  // "Facebook acquired Instagram in 2012", "closed its acquisition of Vireo Pay": a company known by its product's
  // name. Only with the buyer named, and where the name ends the object ("bought ChatGPT Plus subscriptions",
  // "users who bought ChatGPT Plus" are not deals).
  { id: 'deal.acquisition.buy-product', type: 'deal.acquisition', value: { entity: 'object', entityType: 'org' }, object: 'object', keywords: BUY_KW, pattern: `{org:subject}(?:['’]s)?{gap}\\b${BUY}\\s+${DESCRIPTOR}{product:object}(?=\\s*(?:[,.;:(]|(?:for|in|from|with|and|as|after|last|this|earlier|back)\\b|$))(?:{gap}\\bfor\\s+{money:amount})?`, qualifiersFrom: { amount: 'amount' }, confidence: 0.75 },
  // "Vireo Pay was acquired by Corvane Systems in 2019"
  { id: 'deal.acquisition.passive', type: 'deal.acquisition', value: 'object', keywords: ['acquired by', 'bought by', 'taken over by', 'purchased by'], pattern: `{org:object}(?:,[^,]{0,60},)?\\s+(?:was|were|has been|had been|is being|will be|would be)\\s+(?:\\w+\\s+)?(?:acquired|bought|taken over|purchased)\\s+by\\s+${DESCRIPTOR}{org:subject}(?:{gap}\\bfor\\s+{money:amount})?`, qualifiersFrom: { amount: 'amount' }, confidence: 0.8 },
  // "Telmio and Kestrel Freight agreed to merge", "the merger of A and B", "A will combine with its rival B"
  // "X and Y have held early talks about combining their businesses": a merger spoken of, not agreed
  { id: 'deal.merger.talks', type: 'deal.merger', value: 'object', keywords: ['talks'], pattern: '{org:subject}\\s+(?:and|&)\\s+{org:object},?\\s+(?:have\\s+|had\\s+|are\\s+|were\\s+)?(?:held|holding|in|entered|opened|begun|started)\\s+(?:early\\s+|preliminary\\s+|advanced\\s+|exploratory\\s+)?talks\\s+(?:about|on|over|over a|about a)\\s+(?:combining|merging|a\\s+merger|a\\s+tie-up)', subject: 'subject', status: 'speculated', confidence: 0.7 },
  { id: 'deal.merger.and', type: 'deal.merger', value: 'object', keywords: ['merg', 'combin'], pattern: '{org:subject}\\s+(?:and|&)\\s+{org:object}\\s+(?:\\w+\\s+){0,3}?(?:merge|merged|merging|combine|combined|combining|to form|formed)', subject: 'subject', confidence: 0.8 },
  { id: 'deal.merger.of', type: 'deal.merger', value: 'object', keywords: ['merg', 'combin'], pattern: '\\b(?:merger|combination|merging)\\s+(?:of|between)\\s+(?:[\\w-]+\\s+){0,3}?{org:subject}\\s+(?:and|with)\\s+(?:[\\w-]+\\s+){0,3}?{org:object}', subject: 'subject', confidence: 0.8 },
  { id: 'deal.merger.with', type: 'deal.merger', value: 'object', keywords: ['merg', 'combin'], pattern: '{org:subject}{_}\\b(?:merge|merges|merged|merging|combine|combines|combined|combining)\\s+with\\s+(?:[\\w-]+\\s+){0,4}?{org:object}', subject: 'subject', confidence: 0.8 },
];
