// Investment commitments: money pledged to a place, programme or sector ("will invest £2 billion").
import type { RuleSpecInput } from '../../engine/rule-spec.js';

const KW = ['invest', 'pledg', 'commit', 'earmark', 'allocat', 'initiative', 'package', 'plan to spend', 'spend'];

export const rules: RuleSpecInput[] = [
  // "plans to invest £2 billion", "pledged 14.7bn reais", "committed $1 billion to", "will spend $2.9 billion"
  { id: 'investment.commitment.verb', type: 'investment.commitment', keywords: KW, pattern: '\\b(?:invest|investing|invests|invested|pledg\\w*|commit|commits|committed|committing|earmark\\w*|allocat\\w*|pour\\w*|spend|spending)\\s+(?:an?\\s+)?(?:additional\\s+|further\\s+|another\\s+|up to\\s+|nearly\\s+|about\\s+|over\\s+|more than\\s+)?{money:value}(?!\\s+(?:[\\w-]+\\s+){0,3}?(?:round|funding|raise))', confidence: 0.8 },
  // "a 100 trillion-won national investment initiative", "a $5 billion investment plan"
  { id: 'investment.commitment.noun', type: 'investment.commitment', keywords: KW, pattern: '{money:value}\\s+(?:[\\w-]+\\s+){0,3}?(?:investment|spending)\\s+(?:initiative|plan|package|program|programme|pledge|commitment|drive|project)', confidence: 0.85 },
  { id: 'investment.commitment.of', type: 'investment.commitment', keywords: KW, pattern: '\\b(?:investment|pledge|commitment)\\s+of\\s+(?:up to\\s+)?{money:value}(?!\\s+(?:[\\w-]+\\s+){0,3}?(?:round|funding))', confidence: 0.75 },
];
