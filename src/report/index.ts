import { csvReporter } from './csv.js';
import { htmlReporter } from './html/index.js';
import { jsonReporter, ndjsonReporter } from './json.js';
import type { Reporter } from './reporter.js';
import { tableReporter } from './table.js';

export type { Reporter } from './reporter.js';
export const FORMATS = ['table', 'json', 'ndjson', 'csv', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export function makeReporter(format: Format, options: { color: boolean; width?: number }): Reporter {
  switch (format) {
    case 'json':
      return jsonReporter();
    case 'ndjson':
      return ndjsonReporter();
    case 'csv':
      return csvReporter();
    case 'table':
      return tableReporter(options);
    case 'html':
      return htmlReporter();
  }
}
