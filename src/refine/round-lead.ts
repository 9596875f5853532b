// A round's lead investor told a sentence or more after the round: "Corvane has secured €420 million in
// new funding. … The Series C was led by Stockholm-based Harbor Peak." The lead becomes the object of
// the last round named before it, when that round has none.
import type { Draft } from '../engine/draft.js';
import { sentenceMentions } from '../pipeline.js';
import type { Refiner } from './index.js';
import { lastOfTypeBefore } from './drafts-by-sentence.js';

/** "The Series C was led by", "The round is being co-led by", "The new funding was spearheaded by". */
const LED_BY = /^(?:the|its|this|that)\s+(?:[\w-]+\s+){0,3}?(?:round|raise|funding|financing|series\s+[a-h]\d?\+?|investment|fundraise|fundraising)\s+(?:was|is|has\s+been|is\s+being|were)\s+(?:co-)?(?:led|spearheaded|headed|anchored)\s+by\s+(?:[\w-]+\s+){0,3}?$/i;
/** How many sentences back the round may be. */
const REACH = 4;

export const attachRoundLead: Refiner = (ctx, drafts) => {
  const groups = sentenceMentions(ctx);
  const text = ctx.doc.text;
  if (!drafts.some((d) => d.type === 'funding.round')) return drafts;
  const roundBefore = lastOfTypeBefore(drafts, 'funding.round');
  let out: Draft[] | null = null;
  for (let i = 1; i < groups.length; i++) {
    const last = roundBefore(i);
    if (last < 0 || drafts[last]!.sentence!.index < i - REACH) continue;
    const s = ctx.doc.sentences[i]!;
    const lead = groups[i]!.find((m) => m.kind === 'org' && m.value.kind === 'entity');
    if (!lead || lead.value.kind !== 'entity' || !LED_BY.test(text.slice(s.start, lead.start).replace(/\S+-based\s+$/, ''))) continue;
    const round = (out ?? drafts)[last]!;
    if (round.object !== null || round.subject === lead.value.name) continue;
    out ??= drafts.slice();
    out[last] = { ...round, object: lead.value.name };
  }
  return out ?? drafts;
};
