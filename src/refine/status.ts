// Whether a statement is done or only planned, announced, expected or speculated.
import type { Refiner } from './index.js';

const CUES: [RegExp, string][] = [
  [/\b(?:turned down|rejected|declined) (?:an? |the )?(?:offer|bid|proposal)/i, 'rejected'],
  [/\b(?:reportedly|rumou?r(?:ed|s)?|speculat\w*|potential|appears? to be|is said to be|are said to be|in talks|considering|is weighing|are weighing|mulling)\b/i, 'speculated'],
  // Lower case only: "May" is a month.
  [/\b(?:could|may|might)\b/, 'speculated'],
  [/\b(?:estimat\w*|analysts?|consensus)\b[^.]{0,60}\b(?:pegged|expected|forecast|projected|predicted)\b|\b(?:had\s+)?(?:expected|forecast)\s+(?:by|from)\s+analysts\b/i, 'expected'],
  [/\b(?:announced (?:plans?|its (?:decision|intent(?:ion)?|plan)|that it (?:will|would|plans))|unveiled plans)\b/i, 'announced'],
  [/\b(?:is|are|was|were) (?:expected|set|slated|scheduled|poised|due|projected|forecast) to\b/i, 'expected'],
  [/\b(?:plans? to|planning to|will|aims? to|intends? to|is (?:exploring|preparing|looking) to|is exploring|seeks? to|hopes? to|wants? to|would|going to|proposed)\b/i, 'planned'],
];

const RELATIVE_MODAL = /\b(?:that|which|who)\s+(?:will|would|could|may|might)\b[^,;:]*/g;
/** Facts whose time is when they start: one after the article's date has not happened yet. */
const STARTS = new Set(['person.role', 'product.launch', 'office.opening']);
const NO_STATUS = new Set(['quote', 'market.size']);
/** Any cue at all (case aside): most statements have none, and one test rules them out. */
const ANY_CUE = new RegExp(CUES.map(([re]) => `(?:${re.source})`).join('|'), 'i');

export const attachStatus: Refiner = (ctx, drafts) =>
  drafts.map((d) => {
    if (d.qualifiers.status || !d.sentence || NO_STATUS.has(d.type) || d.type.startsWith('mention.')) return d;
    // "She takes over as chief executive on April 1", written in February: a start still to come.
    if (STARTS.has(d.type) && d.time?.start && ctx.doc.date && d.time.start > ctx.doc.date.slice(0, d.time.start.length)) return { ...d, qualifiers: { ...d.qualifiers, status: 'planned' } };
    // The words that lead up to the fact in its clause, the fact itself, and the rest of its clause
    // ("Future collaborations with A and B are being speculated").
    const text = ctx.doc.text;
    let from = Math.max(d.sentence.start, d.start - 80);
    const before = text.slice(from, d.start);
    const cut = Math.max(before.lastIndexOf(';'), before.search(/[.,;]\s+(?:and|but|while|whereas)\s+[^,;]*$/), before.lastIndexOf(' — '));
    if (cut > 0) from += cut + 1;
    const rest = text.slice(d.end, Math.min(d.sentence.end, d.end + 40));
    // (A role's words end at the name: "chief executive X will hand over …" is not a planned role.)
    const tail = d.type === 'person.role' ? '' : rest.slice(0, rest.search(/[,;.(]|$/));
    let lead = text.slice(from, d.end) + tail;
    // A quotation in the sentence is someone's words, not the article's statement.
    lead = lead.replace(/["“][^"”]*["”]/g, ' ');
    // A relative clause tells of the noun before it ("five partners that will help carry out …").
    lead = lead.replace(RELATIVE_MODAL, ' ');
    if (!ANY_CUE.test(lead)) return d;
    for (const [re, status] of CUES) if (re.test(lead)) return { ...d, qualifiers: { ...d.qualifiers, status } };
    return d;
  });
