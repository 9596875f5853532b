// cli-table3 0.6 draws every line of a cell after truncating the whole cell's text to 10 columns for a
// debug message it does not print. For a cell of several lines that truncation takes one character off
// at a time and measures the text again each time, so a cell costs the cube of its size (a diff cell of
// 3,000 facts never finished). Its only multi-line caller is that message (lines are drawn one by one),
// so text of several lines is cut without measuring; every drawn line goes through cli-table3's own code.
// It also measures every line with string-width, whose emoji expression is slow (and much slower once a
// process has run many other expressions, as `extract diff` has after reading its articles): text of
// text of characters one column wide each is as wide as it is long, so it is measured, padded and cut without it.
import utils from 'cli-table3/src/utils.js';

type Fn<T extends (...a: never[]) => unknown> = T & { original?: T };
const originalOf = <T extends (...a: never[]) => unknown>(f: T): T => (f as Fn<T>).original ?? f;

/** cli-table3's own functions (for the test that the replacements change nothing drawn). */
export const originalTruncate = originalOf(utils.truncate);
export const originalStrlen = originalOf(utils.strlen);
export const originalPad = originalOf(utils.pad);

/**
 * Characters of one column each, as string-width measures them: printable ASCII, Latin letters with their
 * accents (precomposed), punctuation such as "—" and "…", currency signs, arrows and box drawing. Not zero-width
 * ones (soft hyphen, joiners, marks), wide ones (CJK) or emoji.
 */
const PLAIN = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e\u20a0-\u20c0\u2190-\u21ff\u2500-\u257f]*$/;
const PLAIN_LINES = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e\u20a0-\u20c0\u2190-\u21ff\u2500-\u257f\n]*$/;

if (utils.truncate === originalTruncate) {
  const fast = (str: unknown, desiredLength: number, truncateChar?: string): string => {
    if (typeof str === 'string') {
      if (str.includes('\n')) return str.slice(0, desiredLength);
      if (PLAIN.test(str)) {
        if (str.length <= desiredLength) return str;
        // As cli-table3 cuts text without colour: the first columns, then the truncation mark.
        const mark = truncateChar || '…';
        if (PLAIN.test(mark)) return str.slice(0, Math.max(0, desiredLength - mark.length)) + mark;
      }
    }
    return originalTruncate(str, desiredLength, truncateChar);
  };
  (fast as Fn<typeof fast>).original = originalTruncate;
  utils.truncate = fast;
}
if (utils.strlen === originalStrlen) {
  const fast = (str: unknown): number => {
    const s = String(str);
    if (!PLAIN_LINES.test(s)) return originalStrlen(str);
    let max = 0;
    for (const line of s.split('\n')) if (line.length > max) max = line.length;
    return max;
  };
  (fast as Fn<typeof fast>).original = originalStrlen;
  utils.strlen = fast;
}
if (utils.pad === originalPad) {
  const fast = (str: string, len: number, pad: string, dir: string): string => {
    if (typeof str !== 'string' || !PLAIN.test(str)) return originalPad(str, len, pad, dir);
    // As cli-table3's pad, with the length for the width.
    if (len + 1 < str.length) return str;
    const padlen = len - str.length;
    if (dir === 'right') return pad.repeat(Math.max(0, padlen)) + str;
    if (dir === 'center') {
      const right = Math.ceil(padlen / 2);
      return pad.repeat(Math.max(0, padlen - right)) + str + pad.repeat(Math.max(0, right));
    }
    return str + pad.repeat(Math.max(0, padlen));
  };
  (fast as Fn<typeof fast>).original = originalPad;
  utils.pad = fast;
}
