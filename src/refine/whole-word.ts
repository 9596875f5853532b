// Whether a name found by plain search stands as a whole word: no letter or digit (of any script, a
// character outside the basic plane whole) just before or just after it.

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** The character (a whole code point) just before `at`, or a space at the start. */
function codePointBefore(text: string, at: number): string {
  if (at === 0) return ' ';
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(at - 2, at);
  }
  return text[at - 1]!;
}

export function isWholeWord(text: string, start: number, end: number): boolean {
  return !LETTER_OR_DIGIT.test(codePointBefore(text, start)) && !LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(end) ?? 32));
}
