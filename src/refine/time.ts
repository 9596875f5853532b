// When a fact holds, when its rule did not say: the date in the same clause before one further away.
import type { Draft } from '../engine/draft.js';
import type { Mention } from '../recognizers/types.js';
import type { Refiner } from './index.js';

const CLAUSE_BREAK = /[;—–]|,\s*(?:which|while|but|and|when|after|before|up from|down from|compared)\b|\.\s/g;

/** Cost of reaching a date from the fact: characters, plus a large step for each clause boundary crossed. */
function distance(text: string, d: Draft, m: Mention): number {
  const [a, b] = m.end <= d.start ? [m.end, d.start] : m.start >= d.end ? [d.end, m.start] : [m.start, m.start];
  const between = text.slice(a, b);
  const breaks = between.match(CLAUSE_BREAK)?.length ?? 0;
  return b - a + breaks * 200 + (m.start >= d.end ? 0 : 10);
}

const NO_TIME = new Set(['person.role', 'offices.count']);

export const attachTime: Refiner = (ctx, drafts) => {
  const times = ctx.mentions.filter((m) => m.kind === 'time');
  return drafts.map((d) => {
    if (d.time !== null || !d.sentence || d.type.startsWith('mention.') || NO_TIME.has(d.type)) return d;
    const s = d.sentence;
    const candidates = times.filter((m) => m.start >= s.start && m.end <= s.end);
    if (candidates.length === 0) return d;
    let best = candidates[0]!;
    let cost = Infinity;
    for (const m of candidates) {
      const c = distance(ctx.doc.text, d, m) + (m.time?.start ? 0 : 500);
      if (c < cost) [best, cost] = [m, c];
    }
    if (!best.time) return d;
    const qualifiers = best.qualifiers.forecast ? { ...d.qualifiers, forecast: true } : d.qualifiers;
    return { ...d, time: best.time, qualifiers };
  });
};
