// Launches of the article's product told by country, without its name: "Versions for the Philippines and
// Thailand will be released on March 17", "a Vietnamese edition is planned for the second quarter". The
// patterns run on the same engine as ./rules.ts; this code names the product (the one the article is
// about) and gives one fact per country, each with that country as its scope.
import type { Draft } from '../../engine/draft.js';
import type { RuleSpecInput } from '../../engine/rule-spec.js';
import { bySentence, specRunner } from '../../engine/run.js';
import { topics } from '../../refine/topics.js';
import type { CodeRule } from '../index.js';

const VERB = '(?:released|launched|rolled\\s+out|introduced|available|planned|scheduled|due|expected|set)';
const edition = { type: 'product.launch', value: { entity: 'what', entityType: 'product' } as const, keywords: ['version', 'edition'] };

export const SPECS: RuleSpecInput[] = [
  // "Versions for the Philippines and Thailand will be released on March 17"
  { ...edition, id: 'product.launch.versions-for', pattern: `\\b(?<what>[Vv]ersions?|[Ee]ditions?)\\s+(?:for|in)\\s+(?:the\\s+)?{anyplace}(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?{anyplace}){0,6}\\s+(?:will\\s+be|are\\s+to\\s+be|is\\s+to\\s+be|are\\s+due\\s+to\\s+be|were|was|are|is|have\\s+been|has\\s+been)\\s+(?:also\\s+)?${VERB}(?:\\s+to\\s+(?:be\\s+)?(?:released|launched|arrive))?\\s+(?:on|in|for|from|by)\\s+(?:the\\s+)?{date:time}`, confidence: 0.65 },
  // "a Vietnamese edition is planned for the second quarter", "A Thai version launched in May"
  { ...edition, id: 'product.launch.demonym-edition', pattern: `\\b(?:[Aa]n?|[Tt]he|[Ii]ts)\\s+{demonym}(?:-language)?\\s+(?<what>version|edition)\\s+(?:(?:is|was|will\\s+be)\\s+)?(?:also\\s+)?${VERB}\\s+(?:on|in|for|from|by)\\s+(?:the\\s+)?{date:time}`, confidence: 0.65 },
];

const runSpecs = specRunner(SPECS);

export const editionsRule: CodeRule = {
  id: 'product.launch.editions',
  run({ doc, mentions }) {
    const drafts = runSpecs(doc, mentions);
    if (drafts.length === 0) return [];
    const product = topics(doc, mentions).product;
    if (!product) return [];
    const groups = bySentence(doc, mentions);
    const out: Draft[] = [];
    for (const d of drafts) {
      const places = (d.sentence ? groups[d.sentence.index]! : []).filter((m) => m.kind === 'place' && m.start >= d.start && m.end <= d.end && m.value.kind === 'entity');
      for (const p of places) {
        const scope = p.value.kind === 'entity' ? p.value.name : null;
        out.push({ ...d, value: { kind: 'entity', name: product, entityType: 'product' }, scope });
      }
    }
    return out;
  },
};
