// Markets: their size (actual and forecast years as separate facts) and who holds what share.
import type { RuleSpecInput } from '../../engine/rule-spec.js';

const MARKET = '(?<subject>(?:(?:the|its|a|an)\\s+)?(?:(?:{anyplace}|[\\w’\'-]+)\\s+){0,5}?(?:market|industry|sector)\\b)';
const REACH = '(?:valued at|worth|was worth|is worth|sized at|estimated at|reach|reached|reaching|hit|to hit|grow to|grew to|surge to|to surge to|rise to|expand to|climb to|at|of|totaled|totalled|stood at|with an estimated value of|with a value of|be worth|top|exceed|to be worth)';
const KW = ['market', 'industry', 'sector'];

export const rules: RuleSpecInput[] = [
  // "The Korean AI market, valued at $3.12 billion in 2024", "India's EV market is likely to reach Rs 20 trillion by 2030"
  { id: 'market.size.market-verb', type: 'market.size', keywords: KW, pattern: `${MARKET}(?:,)?{__}\\b${REACH}\\s+(?:an?\\s+)?(?:estimated\\s+|approximately\\s+|about\\s+|around\\s+|roughly\\s+)?{money:value}`, subject: 'subject', confidence: 0.8 },
  // "… valued at $3.12 billion in 2024, is projected to surge to $30 billion by 2033": the second figure of the same market
  { id: 'market.size.projected', type: 'market.size', keywords: ['project', 'expect', 'forecast', 'estimat', 'likely', 'set to', 'poised'], pattern: `${MARKET}(?:,)?{__}{money}{__}\\b(?:projected|expected|forecast|estimated|likely|set|poised|anticipated|predicted)\\s+to\\s+(?:\\w+\\s+)?(?:reach|surge to|grow to|hit|top|exceed|climb to|rise to|expand to|be worth|touch|cross)\\s+{money:value}`, subject: 'subject', confidence: 0.8 },
  // "a $3 billion market"
  { id: 'market.size.money-market', type: 'market.size', keywords: KW, pattern: `{money:value}\\s+(?<subject>(?:[\\w-]+\\s+){0,3}?(?:market|industry))\\b`, subject: 'subject', confidence: 0.65 },
  // "holds a 31% share of", "a market share of 19.97 percent", "had 49.5 percent of the market"
  { id: 'market.share.percent-share', type: 'market.share', keywords: ['share', 'market'], pattern: '{percent:value}\\s+(?:market\\s+)?share\\b', confidence: 0.85 },
  { id: 'market.share.share-of', type: 'market.share', keywords: ['share'], pattern: '\\b(?:market\\s+)?share\\b{_}\\b(?:of|at|to|reach|reached|was|is|stood at|hovering (?:below|above|around)|below|above|from)\\s+(?:about\\s+|around\\s+|nearly\\s+)?{percent:value}', confidence: 0.8 },
  { id: 'market.share.of-market', type: 'market.share', keywords: ['market', 'accounting', 'account'], pattern: '\\b(?:had|has|have|holds?|held|controls?|controlled|commands?|captured?|accounting for|accounts? for|accounted for|took|takes|with)\\s+(?:a\\s+|an\\s+|around\\s+|about\\s+|nearly\\s+|more than\\s+|over\\s+|roughly\\s+)?{percent:value}\\s+(?:of|in)\\s+(?:the\\s+)?{__}\\b(?:market|segment|sales|business|shipments)\\b', confidence: 0.75 },
];
