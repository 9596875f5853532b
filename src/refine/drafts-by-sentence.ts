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
