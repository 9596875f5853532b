// Funding: rounds (with their lead investors), totals raised, and each investor of a round.
// A round's lead investor is the round's `object`, not also a funding.investor; with no lead named,
// every investor is a funding.investor. The money of a round is never its valuation (see valuation/).
import type { RuleSpecInput } from '../../engine/rule-spec.js';

const O = '\\uE000';
const C = '\\uE001';
/** A word, or a number glued to a word ("six-year-old", "4-year-old"). */
const W = `(?:[\\w’'-]+|${O}count:\\d+${C}[\\w-]*)`;
/** Up to 200 characters that may pass any value (still within the sentence and before a semicolon). */
const ANY = '[^;]{0,200}?';
/** A gap that passes dates and places but no other name and no number: the nearest name before wins. */
const NONAME = `(?:[^${O};]|${O}(?:place|region|demonym|time):\\d+${C}){0,160}?`;
/** "Singapore-based", "Paris-based", "existing investor", "US venture firm": words before an investor's name. */
const PRE = `(?:(?:${O}(?:place|region|demonym):\\d+${C}-based|(?:existing|new|returning|early|lead|longtime|long-time|${O}org:\\d+${C})\\s+(?:investors?|backers?|shareholders?))\\s+)?`;
/** A descriptive apposition after a name: ", the corporate venture arm of X," ", which first invested in Y in 2023,". */
const APPOS = '(?:,\\s+(?:a|an|the|which|who|whose|its|both|all)\\b[^,;]{0,120},)?';

const STAGE = '(?:series\\s+[a-h]\\d?\\+?|pre-series\\s+[a-h]|seed|pre-seed|angel|funding|financing|investment|venture|equity|growth|fundraising|capital|bridge|extension|strategic|new|fresh|latest|primary|secondary|late-stage|early-stage|mega|follow-on|private|convertible)';
/** What a round is called: "Series B round", "seed funding", "funding round", "raise", "Series A" on its own. */
const ROUND = `(?:(?:${STAGE}\\s+){0,3}(?:round|raise|fundraise|fundraising)\\b|(?:${STAGE}\\s+){1,3}(?:funding|financing)\\b|(?:pre-)?series\\s+[a-h]\\d?\\+?\\b(?!\\s+(?:shares|stock|preferred|investors?)))`;
/** Up to three words before the round's name, but not "total"/"cumulative" (a total is not a round). */
const ROUND_WORDS = `(?:(?!(?:total|cumulative|overall|after|before|since|following|from|at|when|while|than|during|until|ahead|on|last|previous|prior|earlier)\\b)${W}\\s+){0,3}?`;
const RAISE = '(?:raised|raises|raising|raise|secured|secures|securing|closed|closes|closing|landed|lands|landing|pulled in|pulls in|pulling in|bagged|bags|bagging|garnered|garners|received|receives|attracted|attracts|nabbed|snagged|completed|completes|announced|announces|wrapped up|netted|nets|collected|mopped up|got|gets)';
const LEAD = `(?:led|co-led|spearheaded|headed|anchored)(?:\\s+(?:jointly|together))?\\s+by\\s+${PRE}{orgs:object}`;
/** Money raised that is not a round: a total, an IPO, debt, proceeds of a sale. */
const NOT_ROUND = '(?!\\s+(?:to date|so far|in total|in all|overall|since\\b|in (?:revenue|sales|debt|loans?|bonds?|grants?)\\b|(?:in|through|via|from)\\s+(?:an?\\s+|its\\s+|the\\s+)?(?:ipo|initial public offering|listing|bond|debt|sale|share sale)\\b))';
/** The company that raised, when the sentence opens with it: "Qamar closed a $180m Series B led by X, with participation from Y". */
const RAISER = `(?:(?<subject>{org})${APPOS}\\s+(?:has\\s+|had\\s+|have\\s+)?(?:now\\s+|also\\s+|just\\s+|recently\\s+)?${RAISE}\\b[^;]{0,200}?)?`;
const KW = ['round', 'raise', 'rais', 'funding', 'financing', 'series', 'seed', 'invest', 'secur', 'closed', 'backed', 'participa', 'pulled in', 'bagged', 'landed', 'garnered'];

export const rules: RuleSpecInput[] = [
  // --- Rounds ---
  // "Rimbun raised $65 million in October at a valuation of $480 million, in a round led by X"
  { id: 'funding.round.raised-in-a-round-led-by', type: 'funding.round', keywords: ['led by', 'co-led', 'spearheaded', 'headed by', 'anchored'], pattern: `\\b${RAISE}\\s+(?:an?\\s+|another\\s+)?{money:value}${NOT_ROUND}[^;.]{0,100}?,?\\s+in\\s+(?:a|an|the|its)\\s+${ROUND_WORDS}${ROUND}\\s+${LEAD}`, object: 'object', confidence: 0.85 },
  // "closed a $40 billion investment round led by SoftBank", "a $180 million Series B in 2024 led by X", "raised $320 million in a round led by Y"
  { id: 'funding.round.led-by', type: 'funding.round', keywords: ['led by', 'led jointly by', 'co-led', 'spearheaded', 'headed by', 'anchored'], pattern: `{money:value}(?:\\s+(?:in\\s+)?{date})?\\s+${ROUND_WORDS}(?:${ROUND}|round\\b){__}\\b${LEAD}`, object: 'object', confidence: 0.9 },
  // "SoftBank led a $40 billion round in OpenAI", "X …, leading a €450 million ($520 million) Series C funding round in AI startup Corvane"
  { id: 'funding.round.investor-led', type: 'funding.round', keywords: ['led a', 'led the', 'led its', 'leading a', 'leading the', 'leads a', 'leads the', 'spearhead', 'headed a', 'headed the', 'heading a', 'anchored', 'anchoring'], pattern: `(?<object>{orgs}|{person})${APPOS}${NONAME}\\b(?:led|leading|leads|spearheaded|spearheading|headed|heading|co-led|co-leading|anchored|anchoring)\\s+(?:an?|the|its)\\s+{money:value}\\s+${ROUND_WORDS}(?:${ROUND}|round\\b)\\s+(?:in|into|for|of)\\s+(?:${W}\\s+|{demonym}\\s+){0,5}?{org:subject}`, object: 'object', confidence: 0.85 },
  // "raised $120 million in a Series B round", "secured €420 million in new funding", "pulled in $75m of seed funding", "raised $5m from angels"
  { id: 'funding.round.raised', type: 'funding.round', keywords: KW, pattern: `\\b${RAISE}\\s+(?:an?\\s+|its\\s+|the\\s+)?(?:additional\\s+|new\\s+|fresh\\s+|further\\s+|another\\s+)?{money:value}${NOT_ROUND}(?:\\s+${ROUND_WORDS}${ROUND}|(?:\\s+(?:in\\s+)?{date})?\\s+(?:in|of|through|via|as part of|as)\\s+(?:(?:a|an|its|new|fresh|primary|the|latest|first|second|third)\\s+)*${ROUND_WORDS}(?:round|funding|financing|capital|investment|equity|fundraising|fundraise|raise|tranche)\\b|(?:\\s+(?:in\\s+)?{date})?\\s+(?:from|led by)\\b)`, confidence: 0.85 },
  // "Acme raised $20 million." "Zentro, a Lagos fintech, has secured ₦5 billion": a company raising money with no other word is a round
  { id: 'funding.round.org-raised', type: 'funding.round', keywords: ['raise', 'secure', 'bagged', 'landed', 'pulled in', 'snagged', 'nabbed', 'garnered'], pattern: `(?<subject>{org})${APPOS}\\s+(?:has\\s+|had\\s+|have\\s+)?(?:just\\s+|now\\s+|also\\s+|recently\\s+|reportedly\\s+|successfully\\s+)?(?:raised|secured|landed|bagged|pulled in|snagged|nabbed|garnered)\\s+(?:an?\\s+)?(?:additional\\s+|new\\s+|fresh\\s+)?{money:value}${NOT_ROUND}(?!\\s+(?:${W}\\s+){0,3}?(?:to date|so far|in total|in all|since))`, confidence: 0.7 },
  // "its $240 million fundraising from Kestrel Ventures", "a $1.8 billion raise", "a ¥2.3 billion Series A", "the ongoing $700 million funding round", "a $50m round for Acme"
  { id: 'funding.round.money-round', type: 'funding.round', keywords: KW, pattern: `{money:value}(?:\\s+(?:in\\s+)?{date})?\\s+${ROUND_WORDS}${ROUND}(?:\\s+(?:in|into|for)\\s+(?:${W}\\s+|{demonym}\\s+){0,5}?{org:subject})?`, confidence: 0.75 },
  // "a funding round of $30 million", "a Series B round worth ₹400 crore", "the round, worth $12 million,"
  { id: 'funding.round.round-of', type: 'funding.round', keywords: ['round', 'funding', 'financing'], pattern: `\\b(?:${STAGE}\\s+){0,3}(?:round|funding|financing)\\b(?:\\s+of\\s+funding)?,?\\s+(?:worth|of|totall?ing|valued at|amounting to|which raised|that raised|raising)\\s+(?:about\\s+|around\\s+|nearly\\s+|some\\s+|more than\\s+|over\\s+)?{money:value}(?!\\s+(?:valuation|pre-money|post-money))`, confidence: 0.75 },

  // --- Totals ---
  // "has raised a total of €480 million to date", "has now pulled in close to €600 million since it was founded", "has raised $140 million so far"
  { id: 'funding.total.raised-to-date', type: 'funding.total', keywords: ['to date', 'so far', 'in total', 'in all', 'since', 'overall', 'total'], pattern: `\\b(?:raised|secured|pulled in|received|attracted|garnered|amassed|collected|drawn|drew|bagged|taken in)\\s+(?:a\\s+total\\s+of\\s+|a\\s+cumulative\\s+|an?\\s+(?:combined|aggregate)\\s+)?{money:value}(?:\\s+(?:in\\s+)?(?:total\\s+|cumulative\\s+|outside\\s+|venture\\s+|external\\s+|equity\\s+)?(?:funding|capital|financing|investment|venture capital))?(?:\\s+from\\s+(?:${W}\\s+){0,6}?)?\\s*,?\\s+(?:to date|so far|in total|in all|overall|since\\s+(?:its|it|inception|launch|founding|being|the company|the startup|{date}))`, confidence: 0.85 },
  // "bringing its total funding to $1.2 billion", "taking the total raised by the six-year-old startup to $128 million", "total funding of $X"
  { id: 'funding.total.total-of', type: 'funding.total', keywords: ['total', 'cumulative', 'to date'], pattern: `\\b(?:raised\\s+a\\s+total\\s+of|(?:total|cumulative|overall)\\s+(?:equity\\s+|venture\\s+|outside\\s+|external\\s+)?(?:funding|capital raised|amount raised|investment|raised|financing|fundraising|funds raised|capital)(?:\\s+(?:raised\\s+)?(?:by|for)(?:\\s+(?:${W}|{org})){1,5}?)?(?:\\s+(?:to date|so far))?,?\\s+(?:to|of|at|stands at|now stands at|reached|reaches|to about|is|was|comes to|came to|amounts to|now at|now totals|totals)|funding\\s+to\\s+date\\s+(?:totals|stands at|of|is|reached|to))\\s+(?:more than\\s+|over\\s+|about\\s+|nearly\\s+|some\\s+|roughly\\s+|around\\s+)?{money:value}`, confidence: 0.85 },
  // "$300 million in total funding", "$1.4 billion in funding to date"
  { id: 'funding.total.money-total', type: 'funding.total', keywords: ['total', 'to date', 'so far', 'cumulative'], pattern: `{money:value}\\s+(?:(?:in|of)\\s+(?:total|cumulative|overall)\\s+(?:equity\\s+|venture\\s+|outside\\s+)?(?:funding|financing|capital|investment)|(?:in\\s+)?(?:funding|capital|financing|venture capital|investment)\\s+(?:to date|so far))`, confidence: 0.8 },

  // --- Investors ---
  // "raised $80 million from Kestrel Ventures, Halden Capital and Orrin Growth Funds": each is an investor
  { id: 'funding.investor.raised-from', type: 'funding.investor', value: 'object', keywords: ['from'], pattern: `\\b${RAISE}\\s+(?:an?\\s+)?(?:additional\\s+|new\\s+|fresh\\s+)?{money}${NOT_ROUND}{__}\\bfrom\\s+(?:(?:investors|backers|a group of investors|a consortium|a clutch of investors)\\s+(?:including|such as|like|that included|led by)\\s+|existing\\s+(?:investors|backers)\\s+|${PRE})(?:{anyplace}-based\\s+)?{orgs:object}`, confidence: 0.75 },
  // "its $240 million primary fundraising from Kestrel Ventures": the investor, with the amount
  { id: 'funding.investor.round-from', type: 'funding.investor', value: 'object', keywords: ['from'], pattern: `(?<amount>{money})\\s+${ROUND_WORDS}${ROUND}\\s+from\\s+${PRE}{orgs:object}`, qualifiersFrom: { amount: 'amount' }, confidence: 0.75 },
  // "participation from A, B and C", "investors including A and B", "backed by A", "participants included A, B", "its backers include A"
  { id: 'funding.investor.list', type: 'funding.investor', value: 'object', keywords: ['particip', 'investor', 'backed', 'backer', 'joined by'], pattern: `${RAISER}\\b(?:participation\\s+(?:from|of|by)|participants\\s+(?:include|included|were|are|including)|(?:investors|backers|shareholders)(?:,)?\\s+(?:including|include|included|such as|were|are|like)|(?:investor|backer)s?\\s+in\\s+the\\s+round\\s+(?:include|included|were)|backed\\s+by|joined\\s+by|(?:existing|new|other|returning|(?:${O}org:\\d+${C}))\\s+(?:investors|backers))\\s+(?:existing\\s+investors\\s+|investors\\s+)?${PRE}{orgs:object}`, confidence: 0.75 },
  // "along with Paris-based Arbre Ventures and Rheinpark Capital" in a sentence about a round
  // "in a round led by X that also included Y", "The round also included Y and Z"
  { id: 'funding.investor.round-included', type: 'funding.investor', value: 'object', keywords: ['included', 'includes', 'drew in', 'brought in'], pattern: `\\b(?:round|raise|financing|funding|series\\s+[a-h]\\d?)\\b(?:[^;.]{0,120}?\\b(?:that|which))?\\s+(?:also\\s+)?(?:included|includes|drew\\s+in|brought\\s+in)\\s+${PRE}{orgs:object}`, confidence: 0.75 },
  { id: 'funding.investor.along-with', type: 'funding.investor', value: 'object', keywords: ['along with', 'alongside', 'together with'], pattern: `${RAISER}(?:${PRE}{orgs}${APPOS}\\s+(?:also\\s+)?)?\\b(?:invest(?:ed|ing|ors)|backers|participated|participating|joined|returned|took part|led|co-led|backed)\\b[^;.]{0,100}?\\b(?:along with|alongside|together with)\\s+(?:(?:existing\\s+)?(?:investors|backers)\\s+)?${PRE}{orgs:object}`, confidence: 0.7 },
  // "A and B also participated", "A, B and C, a fund that invests in health, put money into the round", "Orrin, which first invested in 2023, returned for the round"
  { id: 'funding.investor.participated', type: 'funding.investor', value: 'object', keywords: ['particip', 'joined', 'invested', 'took part', 'put money', 'returned', 'chipped in', 'followed on', 'co-invested'], pattern: `${PRE}{orgs:object}${APPOS}\\s+(?:also\\s+|have\\s+also\\s+|has\\s+also\\s+|both\\s+|each\\s+|too\\s+|all\\s+|have\\s+|has\\s+)?(?:participated|took part|joined (?:the|this|its) (?:round|financing|funding|raise|deal)|joined in|co-invested|chipped in|put (?:money|capital|funds) into|returned (?:for|to) (?:the|this) (?:round|raise|financing)|followed on|also invested|invested (?:in (?:the|this) (?:round|raise|deal)|alongside))`, confidence: 0.7 },
  // "as did existing backer Ginkgo Capital", "as did investors A and B"
  { id: 'funding.investor.as-did', type: 'funding.investor', value: 'object', keywords: ['as did'], pattern: `(?:${PRE}{orgs}${APPOS}\\s+(?:also\\s+|have\\s+also\\s+|has\\s+also\\s+)?(?:participated|took part|joined|invested|put|returned|chipped in|co-invested)\\b[^,;]{0,40},\\s+)?\\bas\\s+did\\s+(?:(?:existing|new|returning|early|longtime)\\s+)?(?:investors?|backers?|shareholders?)?\\s*{orgs:object}`, confidence: 0.7 },
  // "its largest backer, Microsoft", "main investor SoftBank"
  { id: 'funding.investor.backer', type: 'funding.investor', value: 'object', keywords: ['backer', 'investor'], pattern: `(?:{rank}|\\b(?:largest|biggest|main|major|key|longtime|long-time|top|principal|anchor))\\s+(?:backer|investor)s?,?\\s+(?:including\\s+)?{orgs:object}`, confidence: 0.7 },
  // "Microsoft-backed OpenAI", "the SoftBank backed startup Zentro"
  { id: 'funding.investor.x-backed', type: 'funding.investor', value: 'object', keywords: ['backed'], pattern: `{org:object}\\s*-?\\s*backed\\s+(?:${W}\\s+|{demonym}\\s+){0,4}?{org:subject}`, confidence: 0.7 },
  // "Kestrel would invest $300 million in the company", "SoftBank invested $2 billion in Zentro": the investor, with the amount
  { id: 'funding.investor.invest-in', type: 'funding.investor', value: 'object', keywords: ['invest'], pattern: `{org:object}${APPOS}\\s+(?:has\\s+|had\\s+|have\\s+|will\\s+|would\\s+|plans\\s+to\\s+|planned\\s+to\\s+|agreed\\s+to\\s+|is\\s+set\\s+to\\s+|also\\s+|previously\\s+|recently\\s+){0,3}(?:invest|invested|invests|investing)\\s+(?:an?\\s+(?:additional\\s+|further\\s+)?)?(?<amount>{money})\\s+(?:in|into)\\s+(?:(?:the|this)\\s+(?:company|startup|firm|business)\\b|(?:${W}\\s+|{demonym}\\s+){0,5}?{orgs:subject})`, qualifiersFrom: { amount: 'amount' }, confidence: 0.75 },
  // With no amount: "Brightline plans to invest in robotics startups Corva and Tenet; fintech firm Dovel …",
  // "Brightline chief executive Ana Ruiz told reporters she intends to invest in …" (the investor is her company).
  { id: 'funding.investor.plans-to-invest-in', type: 'funding.investor', value: 'object', keywords: ['invest in'], pattern: `{org:object}(?:${APPOS}|(?:['’]s)?\\s+(?:[\\w-]+\\s+){0,4}?{person}${APPOS}\\s+(?:said|says|told|announced)\\b[^;.]{0,100}?\\b(?:he|she))\\s+(?:also\\s+)?(?:plans|planned|intends|intended|aims|wants|hopes|is going|was going|is set|agreed|has agreed|is looking|expects|would|will)\\s+(?:to\\s+)?invest\\s+in\\s+(?<subject>(?:${W}\\s+|{demonym}\\s+){0,5}?{orgs}(?:(?:\\s*;\\s*|,?\\s+and\\s+)(?:${W}\\s+|{demonym}\\s+){0,5}?{orgs}){0,3})(?!['’]s)(?=\\s*(?:[.;:)]|$)|,(?!\\s*(?:and\\s+)?${O})|\\s+(?!and\\b)[a-z])`, status: 'planned', confidence: 0.7 },
  // "Kestrel's £300 million equity stake in Welsh AI company Corvane", "Vireo Financial holds a 17% stake in digital lender Banco Arvo"
  { id: 'funding.investor.stake', type: 'funding.investor', value: 'object', keywords: ['stake'], pattern: `{org:object}(?:’s|'s)?\\s+(?:(?:holds|owns|has|had|held|took|takes|retains|retained)\\s+(?:an?\\s+)?)?(?:(?<amount>{money})\\s+|(?<stake>{percent})\\s+)?(?:minority\\s+|majority\\s+|equity\\s+|strategic\\s+)*stake\\s+in\\s+(?:${W}\\s+|{demonym}\\s+){0,6}?{org:subject}`, qualifiersFrom: { amount: 'amount', stake: 'stake' }, confidence: 0.65 },
];
