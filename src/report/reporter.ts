// Reporters write output as results arrive: a header, one chunk per document, a footer.
import type { DocumentResult } from '../schema.js';

export interface Reporter {
  begin(): string;
  /** `text`, when given, is the article's full text (the evidence offsets index into it). */
  document(d: DocumentResult, text?: string): string;
  end(): string;
}
