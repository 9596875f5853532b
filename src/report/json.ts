import { SCHEMA_VERSION, type DocumentResult } from '../schema.js';
import type { Reporter } from './reporter.js';

/** One JSON document, streamed: { schemaVersion, documents: [...] }. */
export function jsonReporter(): Reporter {
  let n = 0;
  return {
    begin: () => `{\n  "schemaVersion": ${JSON.stringify(SCHEMA_VERSION)},\n  "documents": [`,
    document: (d: DocumentResult) => `${n++ ? ',' : ''}\n${JSON.stringify(d, null, 2).replace(/^/gm, '    ')}`,
    end: () => `${n ? '\n  ' : ''}]\n}\n`,
  };
}

/** One fact per line. */
export function ndjsonReporter(): Reporter {
  return {
    begin: () => '',
    document: (d: DocumentResult) => d.facts.map((f) => JSON.stringify(f) + '\n').join(''),
    end: () => '',
  };
}
