// A relative clause set off by commas ("Hrad Vehicles, the maker that Korsa overtook, slipped to fourth")
// tells of the name before it: its names and dates are not the main clause's.

/** Whether [start, end) stands in a ", … that|which|who … ," clause of the sentence that closes before `before`. */
export function inRelativeClause(text: string, sentence: { start: number; end: number }, start: number, end: number, before = sentence.end): boolean {
  const open = text.lastIndexOf(',', start);
  if (open < sentence.start) return false;
  const close = text.indexOf(',', end);
  if (close < 0 || close >= Math.min(sentence.end, before)) return false;
  return /\b(?:that|which|who|whom|whose)\b/.test(text.slice(open, start));
}
