// cli-table3 0.6 draws every line of a cell after truncating the whole cell's text to 10 columns for a
// debug message it does not print. For a cell of several lines that truncation takes one character off
// at a time and measures the text again each time, so a cell costs the cube of its size (a diff cell of
// 3,000 facts never finished). Its only multi-line caller is that message (lines are drawn one by one),
// so text of several lines is cut without measuring; every drawn line goes through cli-table3's own code.
import utils from 'cli-table3/src/utils.js';

/** cli-table3's own truncation (for the test that the replacement changes nothing drawn). */
export const originalTruncate = ((utils.truncate as { original?: typeof utils.truncate }).original ?? utils.truncate) as typeof utils.truncate;
const truncate = originalTruncate;
if (utils.truncate === originalTruncate) {
  const fast = (str: unknown, desiredLength: number, truncateChar?: string): string =>
    typeof str === 'string' && str.includes('\n') ? str.slice(0, desiredLength) : truncate(str, desiredLength, truncateChar);
  (fast as { original?: typeof truncate }).original = truncate;
  utils.truncate = fast;
}
