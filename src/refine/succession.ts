// "Lindell, who starts in May, succeeds Petra Sjöberg": the person succeeded held the role the successor
// takes. The successor's role comes from another fact of the article ("hired Lindell … as chief
// financial officer"); the one succeeded gets the same title at the same organisation.
import type { Draft } from '../engine/draft.js';
import { sentenceMentions } from '../pipeline.js';
import type { Mention } from '../recognizers/types.js';
import type { Refiner } from './index.js';

/** Between the successor and the one succeeded: "succeeds", ", who will replace", "took over from". */
const SUCCEEDS = /^(?:,[^,;]{0,80},)?,?\s+(?:who\s+)?(?:will\s+|is\s+to\s+|is\s+set\s+to\s+)?(?:succeeds?|succeeded|succeeding|replaces?|replaced|replacing|takes?\s+over\s+from|took\s+over\s+from|taking\s+over\s+from)\s+$/;
/** After the one succeeded: they have gone. */
const GONE = /^,?\s+who\s+(?:has\s+|had\s+)?(?:left|stepped\s+down|resigned|departed|quit|retired|was\s+(?:ousted|fired|dismissed|removed))\b/;

const nameOf = (m: Mention) => (m.value.kind === 'entity' ? m.value.name : m.text);

export const attachSuccession: Refiner = (ctx, drafts) => {
  const text = ctx.doc.text;
  if (!/\b(?:succeed|replac|took over from|takes? over from|taking over from)/i.test(text)) return drafts;
  // Each person's current roles, in text order (looked up per pair of names, not scanned).
  const roles = new Map<string, Draft[]>();
  for (const d of drafts) if (d.type === 'person.role' && d.subject && !d.qualifiers.former && d.value.kind === 'text') (roles.get(d.subject) ?? roles.set(d.subject, []).get(d.subject)!).push(d);
  if (!roles.size) return drafts;
  const added: Draft[] = [];
  sentenceMentions(ctx).forEach((group, i) => {
    const people = group.filter((m) => m.kind === 'person');
    for (let k = 0; k + 1 < people.length; k++) {
      const a = people[k]!;
      const b = people[k + 1]!;
      if (!SUCCEEDS.test(text.slice(a.end, b.start))) continue;
      // The successor's role nearest this sentence (a role given in it or before it comes first).
      const s = ctx.doc.sentences[i]!;
      if (nameOf(a) === nameOf(b)) continue;
      const own = roles.get(nameOf(a)) ?? [];
      const role = own.filter((d) => d.start <= s.end).at(-1) ?? own[0];
      if (!role) continue;
      const gone = GONE.test(text.slice(b.end, b.end + 60));
      added.push({
        ...role,
        subject: nameOf(b),
        time: null,
        qualifiers: gone ? { former: true } : {},
        start: a.start,
        end: b.end,
        sentence: s,
        confidence: 0.65,
        rule: 'person.role.succeeds',
      });
    }
  });
  return added.length ? [...drafts, ...added] : drafts;
};
