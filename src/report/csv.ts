// RFC 4180 CSV: one row per fact, flat columns, CRLF line ends, fields quoted when needed.
import type { DocumentResult, Fact } from '../schema.js';
import type { Reporter } from './reporter.js';
import { valueColumns } from './text.js';

export const CSV_COLUMNS = [
  'file', 'line', 'column', 'type', 'subject', 'object', 'value', 'unit', 'time', 'time_end', 'time_precision',
  'scope', 'qualifiers', 'confidence', 'rule', 'start', 'end', 'evidence',
] as const;

export function csvField(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(f: Fact): string {
  const [value, unit] = valueColumns(f.value);
  const q = Object.keys(f.qualifiers).length ? JSON.stringify(f.qualifiers) : '';
  const cells = [
    f.evidence.file, f.evidence.line, f.evidence.column, f.type, f.subject, f.object, value, unit,
    f.time?.start ?? (f.time ? f.time.text : ''), f.time?.end, f.time?.precision, f.scope, q, f.confidence, f.rule,
    f.evidence.start, f.evidence.end, f.evidence.text,
  ];
  return cells.map(csvField).join(',') + '\r\n';
}

export function csvReporter(): Reporter {
  return {
    begin: () => CSV_COLUMNS.join(',') + '\r\n',
    document: (d: DocumentResult) => d.facts.map(csvRow).join(''),
    end: () => '',
  };
}
