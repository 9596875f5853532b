// A round led by two investors is one round: "a $58 million Series B co-led by A and B". The rules give
// a round per lead; the first named stays the round's lead and the others become its investors
// (qualifiers.role "co-lead"), so that a round's amount is counted once.
import type { Draft } from '../engine/draft.js';
import type { Refiner } from './index.js';

export const mergeCoLeads: Refiner = (ctx, drafts) => {
  const rounds = new Map<string, number[]>();
  drafts.forEach((d, i) => {
    if (d.type !== 'funding.round' || d.object === null) return;
    const key = `${d.start}:${d.end}:${d.subject}:${JSON.stringify(d.value)}`;
    const list = rounds.get(key);
    if (list) list.push(i);
    else rounds.set(key, [i]);
  });
  let out: Draft[] | null = null;
  const text = ctx.doc.text;
  for (const list of rounds.values()) {
    if (list.length < 2) continue;
    const at = (i: number) => {
      const k = text.indexOf(drafts[i]!.object!, drafts[i]!.start);
      return k < 0 ? Infinity : k;
    };
    const [first, ...rest] = [...list].sort((a, b) => at(a) - at(b));
    out ??= drafts.slice();
    for (const i of rest) {
      const d = drafts[i]!;
      if (d.object === drafts[first!]!.object) continue;
      out[i] = { ...d, type: 'funding.investor', rule: `${d.rule}+co-lead`, value: { kind: 'entity', name: d.object!, entityType: 'org' }, qualifiers: { ...d.qualifiers, role: 'co-lead' } };
    }
  }
  return out ?? drafts;
};
