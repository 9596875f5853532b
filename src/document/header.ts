// The article header: ` date YYYY-MM-DD Title… dateline. by Byline.` on the first line (as in the seeds).
export interface Header {
  date: string | null;
  title: string | null;
  byline: string | null;
  /** Offset where the title starts (after the date marker), or 0. */
  titleStart: number;
}

const DATE_MARK = /^\uFEFF?[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*/;
// A dateline such as "April. 02, 2025 07:57." ends the title.
const DATELINE = /\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\b/;
const BYLINE = /(?:^|[\s.])by\s+([^\n]+?)\.?\s*$/i;

export function isValidIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

export function readHeader(text: string): Header {
  const nl = text.indexOf('\n');
  const first = (nl === -1 ? text : text.slice(0, nl)).replace(/\r$/, '');
  const m = DATE_MARK.exec(first);
  if (!m) {
    // No header: a short first line without a final full stop reads as a headline.
    const line = first.replace(/^\uFEFF/, '').trim();
    const title = line && line.length <= 160 && !/[.:]$/.test(line) && nl !== -1 ? line : null;
    return { date: null, title, byline: null, titleStart: 0 };
  }
  const date = isValidIsoDate(m[1]!) ? m[1]! : null;
  let rest = first.slice(m[0].length);
  let byline: string | null = null;
  const dl = DATELINE.exec(rest);
  if (dl) {
    const tail = rest.slice(dl.index);
    const by = BYLINE.exec(tail);
    if (by) byline = by[1]!.trim();
    rest = rest.slice(0, dl.index);
  }
  const title = rest.trim().replace(/\s*\|\s*$/, '').replace(/\.$/, '').trim() || null;
  return { date, title, byline, titleStart: m[0].length };
}
