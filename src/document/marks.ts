// Scanners that jump from one mark (a full stop, a quotation mark) to the next, paragraph by paragraph.

/**
 * The first match of the global `re` at or after `from`: `known`, the match found for an earlier paragraph,
 * when it lies at or after `from` (or there was none left), else a search from `from`. Paragraphs without
 * a mark are then not searched again, which was quadratic in the number of paragraphs.
 */
export function markFrom(re: RegExp, text: string, from: number, known: RegExpExecArray | null | undefined): RegExpExecArray | null {
  if (known === null || (known !== undefined && known.index >= from)) return known;
  re.lastIndex = from;
  return re.exec(text);
}
