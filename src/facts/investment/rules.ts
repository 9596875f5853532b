// Investment commitments: money pledged to a place, programme or sector ("will invest €3 billion in the
// Netherlands", "pledged 9.6bn rand to expand … in South Africa", "a 100 trillion-won national investment initiative").
// The place the money goes to is the `object`. Not a commitment: money for a company (a funding round
// or a stake: see funding/), "a $40 billion investment round", an investment firm.
import type { RuleSpecInput } from '../../engine/rule-spec.js';

const O = '\\uE000';
const C = '\\uE001';
const KW = ['invest', 'pledg', 'commit', 'earmark', 'allocat', 'initiative', 'package', 'spend', 'pour', 'plough', 'plow', 'expansion', 'capex', 'capital expenditure', 'announc', 'set aside', 'stimulus', 'fund'];
/** A word, or a number glued to a word. */
const W = `(?:[\\w’'-]+|${O}count:\\d+${C}[\\w-]*)`;
/** The money goes to a company: that is funding, not a commitment. */
const NOT_COMPANY = `(?!\\s+(?:\\([^)]*\\)\\s+)?(?:in|into)\\s+(?:(?:the|this|that)\\s+(?:company|startup|start-up|firm|business|venture)\\b|(?:${W}\\s+|${O}demonym:\\d+${C}\\s+){0,5}?${O}org:\\d+${C}(?!\\s*[’']s)))`;
/** Not a round, nor money raised. */
const NOT_ROUND = `(?!\\s+(?:${W}\\s+){0,3}?(?:round|funding|raise|fundraising|stake|from\\b))`;
/** Where the money goes, later in the sentence: "in Kenya", "to support Ireland's robotics industry", "in Nordic capex". */
const TARGET = `(?:[^;]{0,120}?\\b(?:in|into|to|for|across|throughout|toward|towards|support|supporting|boost|boosting|expand|expanding|build|building)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?(?<object>{place}|{demonym}))?`;

export const rules: RuleSpecInput[] = [
  // "plans to invest €3 billion", "pledged 9.6bn rand", "committed $1 billion to", "will spend $2.4 billion", "has committed 30 billion baht to a facility"
  { id: 'investment.commitment.verb', type: 'investment.commitment', keywords: ['invest', 'pledg', 'commit', 'earmark', 'allocat', 'pour', 'plough', 'plow', 'spend', 'set aside', 'setting aside', 'sets aside', 'putting', 'puts'], pattern: `\\b(?:invest|investing|invests|invested|pledg\\w*|commit|commits|committed|committing|earmark\\w*|allocat\\w*|pour\\w*|plough\\w*|plow\\w*|spend|spending|spends|set aside|setting aside|sets aside|(?:is|are|will\\s+be)\\s+putting|puts)\\s+(?:an?\\s+|a total of\\s+|a further\\s+)?(?:additional\\s+|further\\s+|another\\s+|up to\\s+|nearly\\s+|about\\s+|over\\s+|more than\\s+|some\\s+|roughly\\s+|around\\s+|at least\\s+)?{money:value}${NOT_ROUND}${NOT_COMPANY}${TARGET}`, confidence: 0.8 },
  // "a 100 trillion-won national investment initiative", "a $5 billion investment plan", "a KRW 3 trillion expansion of its packaging lines"
  { id: 'investment.commitment.noun', type: 'investment.commitment', keywords: KW, pattern: `{money:value}\\s+(?:${W}\\s+|${O}demonym:\\d+${C}\\s+){0,3}?(?:(?:investment|spending|capex|capital expenditure|infrastructure|stimulus|development|expansion)\\s+(?:initiative|plan|package|program|programme|pledge|commitment|drive|project|push|scheme|budget|blueprint|strategy)|expansion|build-?out|capex|capital expenditure|capital spending|investment(?=\\s+(?:in|into|to|across|over|through|by|for)\\b)(?!\\s+(?:in|into)\\s+(?:(?:the|this)\\s+(?:company|startup|firm)\\b|(?:${W}\\s+){0,4}?${O}org:\\d+${C})))\\b(?!\\s+(?:round|firm|vehicle|bank|banker|manager|arm|fund\\b))${TARGET}`, confidence: 0.8 },
  // "an investment of up to $1 billion", "a pledge of 500 million euros", "commitment of"
  { id: 'investment.commitment.of', type: 'investment.commitment', keywords: ['investment of', 'pledge of', 'commitment of', 'capex of', 'expenditure of', 'spending of'], pattern: `\\b(?:investment|pledge|commitment|capex|capital expenditure|spending)\\s+of\\s+(?:up to\\s+|about\\s+|around\\s+|nearly\\s+|more than\\s+|over\\s+|some\\s+)?{money:value}${NOT_ROUND}${NOT_COMPANY}${TARGET}`, confidence: 0.75 },
  // "After announcing US$1.6 billion for Peru", "unveiled $4 billion for AI infrastructure in Vietnam"
  { id: 'investment.commitment.announced-for', type: 'investment.commitment', keywords: ['announc', 'unveil', 'earmark'], pattern: `\\b(?:announc\\w*|unveil\\w*|earmark\\w*)\\s+(?:an?\\s+)?(?:investment\\s+of\\s+|additional\\s+|further\\s+)?{money:value}\\s+(?:\\([^)]*\\)\\s+)?(?:(?:in|of)\\s+(?:new\\s+)?investments?\\s+)?(?:for|in|into)\\s+(?:the\\s+)?(?:${W}\\s+){0,3}?(?<object>{place}|{demonym})`, confidence: 0.75 },
];
