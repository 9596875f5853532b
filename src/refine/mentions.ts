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
  // Spans of typed facts, sorted, for a linear sweep: a value inside one of them is already reported.
  const spans = consumed.filter((d) => !d.type.startsWith('mention.')).map((d) => [d.start, d.end] as const).sort((a, b) => a[0] - b[0]);
  let si = 0;
  let reach = -1; // the furthest end among spans starting at or before the current mention
  const covered = (m: Mention) => {
    while (si < spans.length && spans[si]![0] <= m.start) reach = Math.max(reach, spans[si++]![1]);
    return reach >= m.end;
  };
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
