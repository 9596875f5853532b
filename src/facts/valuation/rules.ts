// Valuation: what a company is worth. "valued at $X", "a valuation of $X", "$X valuation", "worth $X".
import type { RuleSpecInput } from '../../engine/rule-spec.js';

const KW = ['valu', 'worth'];

export const rules: RuleSpecInput[] = [
  // "The company's valuation, which stood at $157 billion …", "valuation … has nearly doubled to $300 billion"
  { id: 'valuation.noun-verb', type: 'valuation', keywords: KW, pattern: '\\bvaluation\\b{__}\\b(?:of|at|to|reached|reaching|hit|topped|stood at|stands at|was|is|rose to|jumped to|climbed to|fell to|dropped to|doubled to|tripled to|surpassed|exceeded|exceeding|above|nearly|around|about)\\s+(?:an?\\s+)?{money:value}', confidence: 0.85 },
  // "valuation, which stood at $157 billion …, has nearly doubled to $300 billion"
  { id: 'valuation.changed-to', type: 'valuation', keywords: KW, pattern: '\\bvaluation\\b{__}(?:{money}{__})?(?:{multiplier}\\s+to|\\b(?:rose|jumped|climbed|grew|increased|soared|surged|fell|dropped|slumped|declined|more than doubled|doubled|tripled)\\s+to)\\s+{money:value}', confidence: 0.8 },
  // "valued at $2 billion", "valuing the startup at €12 billion", "now worth $18 billion"
  { id: 'valuation.valued-at', type: 'valuation', keywords: KW, pattern: '\\b(?:valued|valuing|valuation|values|value)\\b(?:\\s+(?:[\\w’\'-]+|{org:subject})){0,6}?\\s+at\\s+(?:an?\\s+)?{money:value}', confidence: 0.85 },
  { id: 'valuation.worth', type: 'valuation', keywords: ['worth'], pattern: '\\b(?:is|was|are|now|be|being|were|company)\\s+(?:now\\s+)?(?:reportedly\\s+)?worth\\s+{money:value}', confidence: 0.75 },
  // "at a $30.5 billion valuation", "a $1 billion post-money valuation"
  { id: 'valuation.money-valuation', type: 'valuation', keywords: KW, pattern: '{money:value}\\s+(?:pre-money\\s+|post-money\\s+)?valuation\\b', confidence: 0.85 },
  // "Gojek (valued at $10.5 billion)", "Tokopedia ($7.5 billion)" after a valuation word in the sentence
  { id: 'valuation.parenthesis', type: 'valuation', keywords: KW, pattern: '{org:subject}\\s*\\((?:valued at\\s+|worth\\s+)?{money:value}\\)', confidence: 0.7 },
];
