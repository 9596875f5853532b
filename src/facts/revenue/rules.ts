// Revenue: what a company earns, with the period ("annually", a quarter) when the sentence says it.
import type { RuleSpecInput } from '../../engine/rule-spec.js';

const NOUN = '(?:revenues?|sales|turnover|top line|top-line|takings)';
const VERB = '(?:of|at|to|reached|reaching|hit|hitting|totaled|totalled|totaling|was|were|is|came in at|stood at|rose to|grew to|jumped to|climbed to|increased to|fell to|declined to|dropped to|slipped to|amounting to|worth|between)';
const KW = ['revenue', 'sales', 'turnover', 'generat', 'earn', 'top line', 'top-line'];

export const rules: RuleSpecInput[] = [
  // "revenue of $841 million", "Q2 revenues rose to $2.1 billion", "sales hit ¥94 billion"
  { id: 'revenue.noun-verb', type: 'revenue', keywords: KW, pattern: `\\b${NOUN}\\b{_}\\b${VERB}\\s+(?:an?\\s+)?(?:record\\s+|estimated\\s+)?{money:value}`, confidence: 0.85 },
  // "$841 million in revenue", "$2 billion of annual sales", "reported revenues of"
  { id: 'revenue.money-noun', type: 'revenue', keywords: KW, pattern: `{money:value}\\s+(?:in|of)\\s+(?:(?:total|annual|quarterly|net|gross|operating|\\w+ly)\\s+)?${NOUN}\\b`, confidence: 0.85 },
  { id: 'revenue.money-adj-noun', type: 'revenue', keywords: KW, pattern: `{money:value}\\s+(?:(?:total|annual|quarterly|net|gross)\\s+)?${NOUN}\\b`, confidence: 0.75 },
  // "revenue grew 17 percent from $1.85 billion to $2.17 billion": both ends are figures
  { id: 'revenue.from', type: 'revenue', keywords: KW, pattern: `\\b${NOUN}\\b{__}\\bfrom\\s+{money:value}`, confidence: 0.75 },
  { id: 'revenue.to', type: 'revenue', keywords: KW, pattern: `\\b${NOUN}\\b{__}\\bfrom\\s+{money}\\s+to\\s+{money:value}`, confidence: 0.75 },
  // "generate over $1 billion annually", "earns $5 million a year"
  { id: 'revenue.generate-annual', type: 'revenue', keywords: KW, pattern: '\\b(?:generat\\w*|earn\\w*|brings? in|bringing in|rak\\w+ in|pull\\w* in)\\s+{money:value}\\s+(?:in\\s+(?:annual\\s+)?revenue\\s+)?(?:annually|a year|per year|each year|per annum|every year)', qualifiers: { period: 'annual' }, confidence: 0.85 },
  { id: 'revenue.generate', type: 'revenue', keywords: KW, pattern: '\\b(?:generat\\w*|earn\\w*|brought in|brings? in)\\s+{money:value}\\s+(?:\\([^)]*\\)\\s+)?in\\s+(?:\\w+\\s+)?(?:revenue|sales)', confidence: 0.85 },
  // "annual revenue of", "annualised revenue"
  { id: 'revenue.annual', type: 'revenue', keywords: ['annual', 'yearly', 'annualized', 'annualised'], pattern: `\\b(?:annual|yearly|annuali[sz]ed)\\s+(?:recurring\\s+)?${NOUN}\\b{_}\\b${VERB}\\s+{money:value}`, qualifiers: { period: 'annual' }, confidence: 0.85 },
];
