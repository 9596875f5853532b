// Recognizers may claim the same words ("$40 billion" holds a number): the longest span wins,
// then the more specific kind.
import type { Mention } from '../recognizers/types.js';

const PRIORITY: Record<string, number> = {
  money: 9, percent: 8, multiplier: 7, time: 6, rank: 5, count: 4, person: 3, org: 3, product: 3, place: 2,
};

export function resolveOverlaps(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort(
    (a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || (PRIORITY[b.kind] ?? 0) - (PRIORITY[a.kind] ?? 0),
  );
  const out: Mention[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (!last || m.start >= last.end) {
      out.push(m);
      continue;
    }
    // Overlap: keep the longer, or on equal length the higher priority.
    const lm = m.end - m.start;
    const ll = last.end - last.start;
    if (lm > ll || (lm === ll && (PRIORITY[m.kind] ?? 0) > (PRIORITY[last.kind] ?? 0))) {
      // A later, longer mention replaces the last one only if it does not also overlap the one before.
      const prev = out[out.length - 2];
      if (!prev || prev.end <= m.start) out[out.length - 1] = m;
    }
  }
  return out;
}
