// The drafts of each sentence, for steps that compare a fact with the others of its sentence or the
// sentence before (grouped once, so that each step stays linear in the document).
import type { Draft } from '../engine/draft.js';

/** Drafts by sentence index, in their order; only those `keep` accepts (all with a sentence by default). */
export function draftsBySentence(drafts: Draft[], keep: (d: Draft) => boolean = () => true): Map<number, Draft[]> {
  const out = new Map<number, Draft[]>();
  for (const d of drafts) {
    if (!d.sentence || !keep(d)) continue;
    const list = out.get(d.sentence.index);
    if (list) list.push(d);
    else out.set(d.sentence.index, [d]);
  }
  return out;
}

/**
 * For sentence indexes asked in ascending order, the index in `drafts` of the last draft of `type` in a
 * sentence before it (-1 when none): one walk over them however many sentences ask.
 */
export function lastOfTypeBefore(drafts: Draft[], type: string): (sentence: number) => number {
  const order = drafts.map((_, k) => k).filter((k) => drafts[k]!.type === type && drafts[k]!.sentence).sort((a, b) => drafts[a]!.sentence!.index - drafts[b]!.sentence!.index || a - b);
  let next = 0;
  let last = -1;
  return (sentence) => {
    while (next < order.length && drafts[order[next]!]!.sentence!.index < sentence) last = order[next++]!;
    return last;
  };
}
