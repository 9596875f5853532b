// Funding: rounds (with their lead investors), totals raised, and each investor of a round.
import type { RuleSpecInput } from '../../engine/rule-spec.js';

const ROUND = '(?:(?:series\\s+[a-h]\\d?\\+?|pre-series\\s+[a-h]|seed|pre-seed|angel|funding|financing|investment|venture|equity|growth|fundraising|capital|bridge|extension|strategic)\\s+){1,3}(?:round|funding|financing|raise)\\b';
const RAISE = '(?:raised|raises|raising|raise|secured|secures|securing|closed|closes|closing|landed|lands|pulled in|pulls in|bagged|bags|garnered|received|receives|attracted|nabbed|snagged|completed|announced)';
const LEAD = '(?:led|co-led|spearheaded|headed)\\s+by\\s+{orgs:object}';
const KW = ['round', 'raise', 'rais', 'funding', 'financing', 'series', 'seed', 'invest', 'secur', 'closed', 'backed', 'participa'];

export const rules: RuleSpecInput[] = [
  // "closed a $40 billion investment round led by SoftBank"
  { id: 'funding.round.led-by', type: 'funding.round', keywords: KW, pattern: `{money:value}\\s+(?:[\\w-]+\\s+){0,3}?${ROUND}{__}\\b${LEAD}`, object: 'object', confidence: 0.9 },
  // "SoftBank led a $40 billion round in OpenAI", "leading a €600 million ($690 million) Series D funding round in … Helsing"
  { id: 'funding.round.investor-led', type: 'funding.round', keywords: ['led', 'leading', 'leads', 'spearhead', 'headed'], pattern: `(?<object>{org}|{person})(?:,[^,]{0,60},)?{__}\\b(?:led|leading|leads|spearheaded|headed|co-led)\\s+(?:an?|the|its)\\s+{money:value}\\s+(?:[\\w-]+\\s+){0,3}?${ROUND}\\s+(?:in|into|for|of)\\s+(?:[\\w-]+\\s+){0,5}?{org:subject}`, object: 'object', confidence: 0.85 },
  // "raised $100 million in a Series B round", "secured $50m of seed funding", "closed a $40 billion investment round"
  { id: 'funding.round.raised', type: 'funding.round', keywords: KW, pattern: `\\b${RAISE}\\s+(?:an?\\s+|its\\s+|the\\s+)?(?:additional\\s+|new\\s+|fresh\\s+|further\\s+)?{money:value}(?:\\s+(?:[\\w-]+\\s+){0,3}?${ROUND}|\\s+(?:in|of|through|via)\\s+(?:a\\s+|an\\s+|its\\s+|new\\s+|fresh\\s+|primary\\s+)*(?:[\\w-]+\\s+){0,3}?(?:round|funding|financing|capital|investment|equity))`, confidence: 0.85 },
  // "its $350 million fundraising from General Atlantic", "a $2.5 billion raise", "the ongoing $1 billion funding round"
  { id: 'funding.round.money-round', type: 'funding.round', keywords: KW, pattern: `{money:value}\\s+(?:[\\w-]+\\s+){0,3}?${ROUND}`, confidence: 0.75 },
  // "raised $100 million from Tiger Global, Ribbit Capital and TVS Capital Funds": each is an investor
  { id: 'funding.investor.raised-from', type: 'funding.investor', value: 'object', keywords: ['from'], pattern: `\\b${RAISE}\\s+(?:an?\\s+)?(?:additional\\s+|new\\s+|fresh\\s+)?{money}{__}\\bfrom\\s+(?:investors\\s+(?:including|such as)\\s+|existing\\s+investors\\s+)?{orgs:object}`, confidence: 0.75 },
  // "participation from A, B and C", "investors including A and B", "backed by A", "participants included A, B"
  { id: 'funding.investor.list', type: 'funding.investor', value: 'object', keywords: ['particip', 'investor', 'backed', 'backer', 'joined by'], pattern: '\\b(?:participation\\s+(?:from|of|by)|participants\\s+(?:include|included|were|are)|(?:investors|backers)(?:,)?\\s+(?:including|include|included|such as|were|are|like)|backed\\s+by|joined\\s+by|(?:existing|new|other)\\s+investors)\\s+(?:existing\\s+investors\\s+|investors\\s+)?{orgs:object}', confidence: 0.75 },
  // "A and B also participated", "A, B and C joined the round"
  { id: 'funding.investor.participated', type: 'funding.investor', value: 'object', keywords: ['particip', 'joined', 'invested'], pattern: '{orgs:object}\\s+(?:also\\s+|have\\s+also\\s+|both\\s+)?(?:participated|joined the round|joined in|invested|chipped in)', confidence: 0.7 },
  // "has raised a total of €480 million to date", "bringing its total funding to $1.2 billion"
  { id: 'funding.total.raised-to-date', type: 'funding.total', keywords: ['to date', 'so far', 'in total', 'in all', 'since'], pattern: '\\braised\\s+(?:a\\s+total\\s+of\\s+)?{money:value}\\s+(?:to date|so far|in total|in all|since (?:its|it was|inception|launch|founding))', confidence: 0.8 },
  { id: 'funding.total.total-of', type: 'funding.total', keywords: ['total'], pattern: '\\b(?:raised\\s+a\\s+total\\s+of|total\\s+(?:funding|capital raised|amount raised|investment)\\s+(?:to|of|at|stands at|reached))\\s+{money:value}', confidence: 0.8 },
];
