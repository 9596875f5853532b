// A document: the file's own text (never rewritten), its header, paragraphs, sentences and line index.
import { readHeader } from './header.js';
import { LineIndex } from './lines.js';
import { splitParagraphs, splitSentences, type Sentence, type Span } from './sentences.js';

export type { Sentence, Span } from './sentences.js';
export { LineIndex } from './lines.js';

export interface Document {
  file: string;
  text: string;
  /** Article date from the header, else the caller's --date, else null. */
  date: string | null;
  /** True when `date` came from the article header. */
  dateFromHeader: boolean;
  title: string | null;
  byline: string | null;
  paragraphs: Span[];
  sentences: Sentence[];
  lines: LineIndex;
}

export interface DocumentOptions {
  /** Reference date for documents that have no date header (YYYY-MM-DD). */
  date?: string | null;
}

export function makeDocument(file: string, text: string, options: DocumentOptions = {}): Document {
  const header = readHeader(text);
  const paragraphs = splitParagraphs(text);
  // The header's date marker is not prose: start the first paragraph at the title.
  if (header.titleStart > 0 && paragraphs[0] && paragraphs[0].start < header.titleStart) {
    paragraphs[0] = { start: header.titleStart, end: paragraphs[0].end };
    if (paragraphs[0].end <= paragraphs[0].start) paragraphs.shift();
  }
  return {
    file,
    text,
    date: header.date ?? options.date ?? null,
    dateFromHeader: header.date !== null,
    title: header.title,
    byline: header.byline,
    paragraphs,
    sentences: splitSentences(text, paragraphs),
    lines: new LineIndex(text),
  };
}

/** The sentence that contains `offset`, by binary search. */
export function sentenceAt(doc: Document, offset: number): Sentence | undefined {
  const s = doc.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid]!.end < offset) lo = mid + 1;
    else if (s[mid]!.start > offset) hi = mid - 1;
    else return s[mid];
  }
  return undefined;
}
