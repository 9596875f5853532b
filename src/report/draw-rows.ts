// Long tables drawn in parts: cli-table3's layout costs the square of its rows, so rows are drawn in
// tables of a few hundred that join into what one table would have drawn.
import type Table from 'cli-table3';
import './table-speed.js';

/** Rows per cli-table3 table. */
export const ROWS_PER_TABLE = 200;
const ANSI = /\x1b\[[0-9;]*m/g;

type Row = Table.HorizontalTableRow;

/**
 * Records (rows that share a spanning cell stay together) drawn as one table: in parts of about
 * `perTable` rows, joined where a part's bottom border and the next one's top border would be, by the
 * line that separates rows (the same characters as one table). The columns must have fixed widths.
 */
export function drawRecords(records: Row[][], table: (head: boolean) => Table.Table, perTable = ROWS_PER_TABLE): string {
  const parts: Row[][] = [];
  let part: Row[] = [];
  for (const record of records) {
    for (const r of record) part.push(r);
    if (part.length >= perTable) {
      parts.push(part);
      part = [];
    }
  }
  if (part.length || parts.length === 0) parts.push(part);
  const out: string[] = [];
  let separator = '';
  parts.forEach((rows, i) => {
    const t = table(i === 0);
    for (const r of rows) t.push(r);
    let lines = t.toString().split('\n');
    if (i === 0) separator = lines.find((l) => l.replace(ANSI, '').startsWith('├')) ?? '';
    else lines[0] = separator;
    if (i < parts.length - 1) lines = lines.slice(0, -1);
    out.push(lines.join('\n'));
  });
  return out.join('\n');
}

/** One row per record. */
export function drawRows(rows: Row[], table: (head: boolean) => Table.Table, perTable = ROWS_PER_TABLE): string {
  return drawRecords(
    rows.map((r) => [r]),
    table,
    perTable,
  );
}
