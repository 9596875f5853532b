// Deals: acquisitions (acquirer buys target) and mergers (two parties combine).
import type { RuleSpecInput } from '../../engine/rule-spec.js';

const BUY = '(?:agreed to (?:buy|acquire|purchase|take over)|to (?:buy|acquire|purchase|take over)|will (?:buy|acquire|purchase)|acquired|acquires|acquiring|bought|buys|buying|purchased|purchases|took over|takes over|completed (?:its|the) (?:acquisition|purchase|takeover) of|(?:acquisition|purchase|takeover|buyout) of)';

export const rules: RuleSpecInput[] = [
  // "Krafton agreed to buy ADK for $500 million", "Acme's acquisition of Beta", "bought a majority stake in X"
  { id: 'deal.acquisition.buy', type: 'deal.acquisition', value: 'object', keywords: ['acqui', 'buy', 'bought', 'purchas', 'take over', 'took over', 'takeover', 'buyout'], pattern: `{org:subject}(?:['’]s)?{__}\\b${BUY}\\s+(?:an?\\s+(?:\\d+%?\\s+|majority\\s+|controlling\\s+|minority\\s+)?(?:percent\\s+)?stake\\s+in\\s+)?(?:[\\w-]+\\s+){0,4}?{org:object}(?:{__}\\bfor\\s+(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+|some\\s+)?{money:amount})?`, subject: 'subject', qualifiersFrom: { amount: 'amount' }, confidence: 0.8 },
  // "Gojek and Tokopedia agreed to merge", "the merger of A and B", "A will combine with its rival B"
  { id: 'deal.merger.and', type: 'deal.merger', value: 'object', keywords: ['merg', 'combin'], pattern: '{org:subject}\\s+(?:and|&)\\s+{org:object}\\s+(?:\\w+\\s+){0,3}?(?:merge|merged|merging|combine|combined|combining|to form|formed)', subject: 'subject', confidence: 0.8 },
  { id: 'deal.merger.of', type: 'deal.merger', value: 'object', keywords: ['merg', 'combin'], pattern: '\\b(?:merger|combination|merging)\\s+(?:of|between)\\s+(?:[\\w-]+\\s+){0,3}?{org:subject}\\s+(?:and|with)\\s+(?:[\\w-]+\\s+){0,3}?{org:object}', subject: 'subject', confidence: 0.8 },
  { id: 'deal.merger.with', type: 'deal.merger', value: 'object', keywords: ['merg', 'combin'], pattern: '{org:subject}{_}\\b(?:merge|merges|merged|merging|combine|combines|combined|combining)\\s+with\\s+(?:[\\w-]+\\s+){0,4}?{org:object}', subject: 'subject', confidence: 0.8 },
];
