// Reporters write output as results arrive: a header, one chunk per document, a footer.
import type { DocumentResult } from '../schema.js';

export interface Reporter {
  begin(): string;
  document(d: DocumentResult): string;
  end(): string;
}
