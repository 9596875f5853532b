// Product launches: what was launched, released or unveiled, by whom, and when.
import type { RuleSpecInput } from '../../engine/rule-spec.js';

const VERB = '(?:launched|launches|launch|launching|released|releases|release|releasing|unveiled|unveils|unveil|introduced|introduces|introduce|introducing|rolled out|rolls out|roll out|debuted|debuts|debut|shipped|ships|unveiling)';
const THING = '(?:model|models|app|apps|feature|features|service|services|product|products|device|devices|phone|smartphone|chip|chips|platform|tool|tools|version|assistant|chatbot|game|edition|plan|subscription|console|car|vehicle|processor|update)';
const NAME = '(?<name>[“"][^”"]{2,60}[”"](?:\\s+' + THING + ')?|{product}(?:\\s+' + THING + ')?|(?:[A-Z][\\w.+-]*\\s+){0,3}[A-Z][\\w.+-]*(?:\\s+' + THING + ')?)';

export const rules: RuleSpecInput[] = [
  // "the “ChatGPT-4o image generation” feature, launched on March 25"
  { id: 'product.launch.named-launched-on', type: 'product.launch', value: { entity: 'name', entityType: 'product' }, keywords: ['launch', 'releas', 'unveil', 'introduc', 'roll', 'debut'], caseSensitive: true, pattern: `${NAME}(?:\\s+${THING})?,?\\s+(?:which\\s+was\\s+|was\\s+|were\\s+|is\\s+|first\\s+)?(?:launched|released|unveiled|introduced|rolled out|debuted)\\s+(?:on|in|last)\\s+{date:time}`, confidence: 0.8 },
  // "launched Galaxy Z Fold on …", "unveiled its “Gemini Live” feature"
  { id: 'product.launch.verb-name', type: 'product.launch', value: { entity: 'name', entityType: 'product' }, keywords: ['launch', 'releas', 'unveil', 'introduc', 'roll', 'debut'], caseSensitive: true, pattern: `\\b${VERB}\\s+(?:a\\s+|an\\s+|the\\s+|its\\s+|their\\s+)?(?:new\\s+)?${NAME}`, confidence: 0.7 },
  // "announced plans to release a new inference-capable AI model", "is set to introduce ChatGPT-powered features"
  { id: 'product.launch.plans', type: 'product.launch', value: { entity: 'name', entityType: 'product' }, keywords: ['launch', 'releas', 'unveil', 'introduc', 'roll'], pattern: `\\b(?:plans?|planning|set|aims?|expected|preparing|going|intends?|will|to)\\s+(?:to\\s+)?(?:launch|release|unveil|introduce|roll out|debut|ship)\\s+(?:a\\s+|an\\s+|its\\s+|the\\s+)?(?:new\\s+)?(?<name>(?:[\\w-]+\\s+){0,4}?${THING})\\b`, status: 'planned', confidence: 0.7 },
];
