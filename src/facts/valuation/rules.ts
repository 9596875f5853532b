// Valuation: what a company is worth. "valued at $X", "a valuation of $X", "$X valuation", "worth $X",
// "the deal values the company at $X", "market capitalisation of $X". Not a valuation: the money of a
// round ("a $40 billion investment round"), the price of a deal ("a deal valued at $2 billion"), the
// size of a market ("the market was worth $50 billion"), a stake's or a person's worth.
import type { RuleSpecInput } from '../../engine/rule-spec.js';

const O = '\\uE000';
const C = '\\uE001';
const KW = ['valu', 'worth', 'market cap'];
/** A word, or a number glued to a word ("four-year-old"), or a place glued to one ("Munich-based"). */
const W = `(?:[\\w’'-]+|${O}(?:count|place|region|demonym):\\d+${C}[\\w’'-]*)`;
/** Up to 80 characters without a comma that may pass names and dates but no number: "valuation in March". */
const GAP = `(?:[^${O};,]|${O}(?:org|person|place|region|demonym|product|time):\\d+${C}){0,80}?`;
/** What a company's worth can be said to do. */
const VERB = '(?:of|at|to|reached|reaching|hit|hitting|topped|topping|stood at|stands at|standing at|was|is|now at|rose to|jumped to|climbed to|soared to|surged to|fell to|dropped to|slipped to|slumped to|doubled to|tripled to|surpassed|surpassing|exceeded|exceeding|above|nearly|around|about|near|approaching|close to|more than|over|pegged at|set at|put at|estimated at|in excess of|north of|upwards of|to about|to around|to nearly|to over|to more than|of about|of around|of nearly|of over|of more than|of up to|of roughly|of some)';
/** Words that make "valued at"/"worth" the price of something other than the company. */
const THING = '(?:deal|acquisition|transaction|purchase|takeover|buyout|merger|contract|order|orders|agreement|stake|holding|holdings|shares|share sale|package|bond|bonds|offering|ipo|loan|project|plan|fund|sale|portfolio|assets|property|award|prize|pay|compensation|settlement|fine|program|programme|investment|round|raise|funding|financing|market|industry|sector|segment|fortune|net worth)';
/** What a company is called when the sentence names it by a noun: "the four-year-old company", "it". */
const PRONOUN = `(?:it|them|the\\s+(?:${W}\\s+){0,3}?(?:company|startup|start-up|firm|group|business|unicorn|maker|developer|platform|operator|lender|provider|app|venture|outfit))`;
/** The company that raised, when the sentence opens with it: "Heliotrope raised $500m in a round led by X that valued it at $9bn". */
const RAISER = `(?:(?<subject>{org}|{product})(?:,\\s+(?:a|an|the|which|who)\\b[^,;]{0,120},)?\\s+(?:said\\s+(?:on\\s+{date}\\s+)?(?:that\\s+)?(?:it\\s+)?)?(?:has\\s+|had\\s+|have\\s+)?(?:now\\s+|also\\s+|just\\s+|recently\\s+|last\\s+)?(?:raised|secured|closed|landed|pulled in|bagged|completed|announced|received|garnered|attracted)\\b[^;]{0,200}?)?`;

export const rules: RuleSpecInput[] = [
  // "The company's valuation, which stood at $157 billion …", "a valuation of €2.1 billion", "its valuation in March reached $5 billion"
  { id: 'valuation.noun-verb', type: 'valuation', keywords: ['valuation'], pattern: `${RAISER}\\bvaluations?\\b(?:\\s*\\([^)]{0,40}\\))?(?:,?\\s+(?:which|that)\\b)?${GAP}\\b${VERB}\\s+(?:an?\\s+)?(?:estimated\\s+|reported\\s+|record\\s+)?{money:value}`, confidence: 0.85 },
  // "valuation, which stood at $157 billion …, has nearly doubled to $300 billion", "valuation jumped from $2 billion to $5 billion"
  { id: 'valuation.changed-to', type: 'valuation', keywords: ['valuation'], pattern: '\\bvaluations?\\b{__}(?:{money}{__})?(?:{multiplier}\\s+to|\\b(?:rose|jumped|climbed|grew|increased|soared|surged|fell|dropped|slumped|declined|more than doubled|doubled|tripled|quadrupled|halved|rising|jumping|climbing|soaring|surging|falling|dropping|doubling|tripling)\\s+(?:from\\s+{money}\\s+)?to)\\s+{money:value}', confidence: 0.8 },
  // The earlier figure: "valuation jumped to $5 billion from $2 billion a year ago", "valuation rose from $2 billion to $5 billion"
  { id: 'valuation.from', type: 'valuation', keywords: ['valuation', 'valued'], pattern: `\\b(?:up|down|rising|falling|climbing|jumping|soaring|surging|more than doubling|doubling|tripling)?\\s*from(?<=\\bvalu(?:ation|ed)\\b[^;]{0,120}?from)\\s+(?:an?\\s+)?(?:valuation\\s+of\\s+)?{money:value}(?!\\s+(?:${W}\\s+){0,3}?(?:round|raise|funding|financing|investment)\\b)`, confidence: 0.75 },
  // "valued at $2 billion", "valuing the startup at €12 billion", "the deal values the four-year-old company at ¥32 billion"
  { id: 'valuation.valued-at', type: 'valuation', keywords: ['valu'], pattern: `\\b(?:valued|valuing|values|value)(?:(?<!\\b${THING}s?\\b(?:,\\s*)?[^.;,${O}]{0,40}?valu\\w*)|(?!\\s+${PRONOUN}\\s+at\\b)(?:\\s+(?:${W}|{org:subject}|{product})){1,6}?(?<!\\b${THING}s?))\\s+at\\s+(?:an?\\s+)?(?:estimated\\s+|reported\\s+|record\\s+)?{money:value}`, confidence: 0.85 },
  // "The round valued the company at $1.4 billion"; "Heliotrope raised $500 million in a round led by Fernhill Capital that valued it at
  // $9 billion": the company that raised is the one valued, not the investor named nearer
  { id: 'valuation.valued-it', type: 'valuation', keywords: ['valu'], pattern: `${RAISER}\\b(?:valued|valuing|values|value|pegged|pegging|pegs|put|puts|putting)\\s+${PRONOUN}\\s+at\\s+(?:an?\\s+)?{money:value}`, confidence: 0.9 },
  // "now worth $18 billion", "The combined company is worth at least $18 billion"
  // "more than three times the $340 million it was worth after its Series B in March 2024"
  { id: 'valuation.money-it-was-worth', type: 'valuation', keywords: ['worth', 'valued at'], pattern: `{money:value}\\s+(?:it|the\\s+(?:company|startup|firm|group))\\s+(?:was|is|had\\s+been|has\\s+been)\\s+(?:worth|valued\\s+at)\\b`, confidence: 0.75 },
  { id: 'valuation.worth', type: 'valuation', keywords: ['worth'], pattern: `\\b(?:is|was|are|were|now|be|being|been|company|startup|firm|group)\\s+(?:now\\s+|reportedly\\s+|currently\\s+|already\\s+|collectively\\s+|together\\s+|jointly\\s+)*worth(?<!\\b${THING}s?\\b[^;.,${O}]{0,80})\\s+{money:value}`, confidence: 0.75 },
  // "at a $30.5 billion valuation", "a $1 billion post-money valuation", "the $2bn valuation"
  { id: 'valuation.money-valuation', type: 'valuation', keywords: ['valuation'], pattern: `${RAISER}{money:value}\\s+(?:pre-money\\s+|post-money\\s+|pre-investment\\s+|post-investment\\s+|implied\\s+|private\\s+|market\\s+)?valuation\\b`, confidence: 0.85 },
  // "Gojek (valued at $10.5 billion)", "Tokopedia ($7.5 billion)" after a valuation word in the sentence
  { id: 'valuation.parenthesis', type: 'valuation', keywords: ['valu'], pattern: `{org:subject}\\s*\\((?:valued at\\s+|worth\\s+|with a valuation of\\s+)?{money:value}\\)(?<=\\bvalu(?:ed|ation|ing|es)\\b[^;]{0,300})`, confidence: 0.7 },
  // A listed company's worth: "market capitalisation of $3 trillion", "a market value of $500 billion", "$2 trillion market cap"
  { id: 'valuation.market-cap', type: 'valuation', keywords: ['market cap', 'market value'], pattern: `\\bmarket\\s+(?:capitali[sz]ation|cap|value)\\b(?:\\s*\\([^)]{0,20}\\))?(?:,?\\s+(?:which|that)\\b)?${GAP}\\b${VERB}\\s+(?:an?\\s+)?{money:value}`, confidence: 0.75 },
  { id: 'valuation.money-market-cap', type: 'valuation', keywords: ['market cap', 'market value'], pattern: '{money:value}\\s+(?:in\\s+)?market\\s+(?:capitali[sz]ation|cap|value)\\b', confidence: 0.75 },
];
