// An office's rank told a sentence or more after its opening: "Larkin & Hale has opened an office in
// Lisbon. … The base will be the firm's 14th worldwide." The rank (and region) joins the last opening
// named before it in the article, when that opening has none.
import type { Draft } from '../engine/draft.js';
import { sentenceMentions } from '../pipeline.js';
import type { Refiner } from './index.js';
import { lastOfTypeBefore } from './drafts-by-sentence.js';

/** From the sentence start to the rank: "The new office will be Larkin's", "The base is the firm's". */
const LEAD = /^(?:the|its|this|that)\s+(?:new\s+|latest\s+)?(?:office|base|branch|hub|outpost|site|studio|cent(?:er|re)|location)\s+(?:will\s+be|is|becomes|would\s+be|marks)\s+(?:its|their|the\s+(?:firm|company|group|bank|lab|startup)['’]s|[A-Z][\w&.-]*(?:\s+[A-Z&][\w&.-]*){0,4}['’]s)\s+$/i;
/** After the rank: "worldwide", "globally", "office in Asia", "outside the US". */
const TAIL = /^\s+(?:(?:office|branch|base|hub|location)\s+)?(?:(?<world>worldwide|globally|in the world|overall)|(?:in|outside(?:\s+of)?|across)\s+(?:the\s+)?(?=\S))?/i;
/** How many sentences back the opening may be. */
const REACH = 6;

export const attachOfficeRank: Refiner = (ctx, drafts) => {
  const groups = sentenceMentions(ctx);
  const text = ctx.doc.text;
  let out: Draft[] | null = null;
  const openingBefore = lastOfTypeBefore(drafts, 'office.opening');
  for (let i = 1; i < groups.length; i++) {
    // (asked for every sentence, in order: the walk over the openings goes with them)
    const target = openingBefore(i);
    const rank = groups[i]!.find((m) => m.kind === 'rank');
    if (!rank || rank.value.kind !== 'rank') continue;
    const s = ctx.doc.sentences[i]!;
    if (!LEAD.test(text.slice(s.start, rank.start))) continue;
    const tail = TAIL.exec(text.slice(rank.end, rank.end + 40));
    if (!tail) continue;
    let region: string | undefined;
    if (tail.groups?.world) region = 'worldwide';
    else if (tail[0].length > 0) {
      const at = rank.end + tail[0].length;
      const place = groups[i]!.find((m) => m.start === at && m.kind === 'place');
      if (place?.value.kind === 'entity') region = place.value.name;
    }
    if (target < 0 || drafts[target]!.sentence!.index < i - REACH || (out ?? drafts)[target]!.qualifiers.rank !== undefined) continue;
    out ??= drafts.slice();
    const d = out[target]!;
    out[target] = { ...d, qualifiers: { ...d.qualifiers, rank: rank.value.rank, ...(region ? { region } : {}) } };
  }
  return out ?? drafts;
};
