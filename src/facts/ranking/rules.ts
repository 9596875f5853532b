// Rankings: a subject's rank among a set ("ranks in the global top 10", "the third-largest carrier").
import type { RuleSpecInput } from '../../engine/rule-spec.js';

const KW = ['rank', 'top', 'largest', 'biggest', 'most', 'leading', 'place', 'No.', 'number', 'first', 'second', 'third', 'fourth', 'fifth', 'leader'];
const SET = '(?<category>(?:[\\w’\'-]+\\s+){0,5}?(?:countries|country|markets|market|companies|company|firms|firm|players|player|carriers|carrier|operators|operator|providers|provider|apps|app|services|service|brands|brand|makers|maker|economies|economy|banks|bank|startups|platforms|platform|browsers|browser|studios|publishers|retailers|exporters|producers|manufacturers|chipmakers|developers|base|nations)\\b)';

export const rules: RuleSpecInput[] = [
  // "Korea ranks in the global top 10", "ranks among the top 10 countries", "ranked third"
  { id: 'ranking.ranks', type: 'ranking', keywords: ['rank'], pattern: '\\b(?:ranks?|ranked|ranking)\\s+(?:among\\s+|in\\s+|as\\s+|at\\s+)?(?:the\\s+)?(?:global\\s+|world’s\\s+|world\'s\\s+)?{rank:value}(?:\\s+' + SET.replace('(?<category>', '(?<category2>') + ')?', qualifiersFrom: { category: 'category2' }, confidence: 0.8 },
  // "the world's third-largest chipmaker", "South Korea's top mobile carrier SK Telecom", "the No. 2 player KT"
  { id: 'ranking.nth-of-set', type: 'ranking', keywords: KW, pattern: `(?:(?<scope>{place})(?:'s|’s)\\s+|the\\s+world(?:'s|’s)\\s+|(?:is|was|as|became|remains|remained|be)\\s+(?:the\\s+)?|the\\s+)(?:(?:second|third|fourth|fifth)\\s+)?{rank:value}\\s+${SET}`, qualifiersFrom: { category: 'category' }, scope: 'scope', confidence: 0.7 },
  // "muscled into third place", "took the No. 1 spot"
  { id: 'ranking.place', type: 'ranking', keywords: ['place', 'spot', 'position'], pattern: '\\b(?:into|in|at|took|takes|claimed|holds?|held|to)\\s+(?:the\\s+)?{rank:value}\\s+(?:place|spot|position)\\b', confidence: 0.75 },
];
