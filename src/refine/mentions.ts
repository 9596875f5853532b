// Every recognized value that no rule consumed becomes a mention.* fact (emitted with --mentions).
import type { Document } from '../document/index.js';
import { sentenceAt } from '../document/index.js';
import type { Draft } from '../engine/draft.js';
import type { Mention } from '../recognizers/types.js';

const TYPE: Record<string, string> = {
  count: 'mention.count', money: 'mention.money', percent: 'mention.percent', multiplier: 'mention.multiplier',
  rank: 'mention.rank', time: 'mention.date', org: 'mention.org', person: 'mention.person', place: 'mention.place',
  product: 'mention.org',
};

export function mentionDrafts(doc: Document, mentions: Mention[], consumed: Draft[]): Draft[] {
  const covered = (m: Mention) => consumed.some((d) => d.start <= m.start && m.end <= d.end && !d.type.startsWith('mention.'));
  const out: Draft[] = [];
  for (const m of mentions) {
    if ((m.kind === 'count' || m.kind === 'money' || m.kind === 'percent' || m.kind === 'multiplier' || m.kind === 'rank') && covered(m)) continue;
    out.push({
      type: TYPE[m.kind]!,
      subject: null,
      object: null,
      value: m.value,
      time: m.time ?? null,
      scope: null,
      qualifiers: { ...m.qualifiers },
      start: m.start,
      end: m.end,
      sentence: sentenceAt(doc, m.start) ?? null,
      confidence: 0.5,
      rule: `mention.${m.source}`,
    });
  }
  return out;
}
