// Output of `diff` and `check`: a table for people; JSON, NDJSON and CSV for programs.
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { drawRecords, drawRows } from '../report/draw-rows.js';
import { csvField } from '../report/csv.js';
import type { Fact } from '../schema.js';
import { valueShown } from './agree.js';
import type { ManyRow, ManyStatus, PairRow, PairStatus } from './compare.js';
import { PAIR_ORDER } from './compare.js';
import type { KeyParts } from './key.js';

export const DIFF_FORMATS = ['table', 'json', 'ndjson', 'csv'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export interface PairReport {
  mode: 'pair';
  /** What the two sides are (paths, or "baseline" / "current"). */
  a: string;
  b: string;
  /** Whether documents were matched by file and compared one with one. */
  byDocument: boolean;
  rows: PairRow[];
  documentsOnlyInA: string[];
  documentsOnlyInB: string[];
  /** Words for the sides' own statuses in the table (check says "removed" for "only in baseline"). */
  words?: { onlyInA: string; onlyInB: string };
}

export interface ManyReport {
  mode: 'many';
  sources: string[];
  rows: ManyRow[];
}

export interface RenderOptions {
  color: boolean;
  width?: number;
  /** Rows per cli-table3 table (long tables are drawn in parts that join into one). */
  rowsPerTable?: number;
}

// --- JSON shapes ---------------------------------------------------------------------------------

function keyJson(p: KeyParts): Record<string, unknown> {
  const qualifiers: Record<string, unknown> = { ...p.display.qualifiers };
  if (p.of) qualifiers.of = p.of;
  return { type: p.type, subject: p.display.subject, object: p.display.object, scope: p.display.scope, time: p.display.time, qualifiers };
}

export function factRef(f: Fact): Record<string, unknown> {
  return {
    id: f.id,
    value: f.value,
    shown: valueShown(f),
    qualifiers: f.qualifiers,
    time: f.time,
    evidence: { file: f.evidence.file, line: f.evidence.line, column: f.evidence.column, text: f.evidence.text },
  };
}

export function pairRowJson(r: PairRow): Record<string, unknown> {
  return {
    status: r.status,
    ...(r.file !== undefined ? { file: r.file } : {}),
    fact: keyJson(r.parts),
    description: r.description,
    a: r.a.map(factRef),
    b: r.b.map(factRef),
    reasons: r.reasons,
    notes: r.notes,
  };
}

export function manyRowJson(r: ManyRow): Record<string, unknown> {
  return {
    status: r.status,
    fact: keyJson(r.parts),
    description: r.description,
    topic: r.topic,
    sources: r.sources.map((s) => ({ source: s.source, values: s.facts.map(factRef) })),
    groups: r.groups.map((g) => ({ value: g.value, sources: g.sources })),
    conflicts: r.conflicts,
    reasons: r.reasons,
    notes: r.notes,
  };
}

export function pairSummary(rows: PairRow[]): Record<PairStatus, number> {
  const s: Record<PairStatus, number> = { same: 0, changed: 0, only_in_a: 0, only_in_b: 0 };
  for (const r of rows) s[r.status]++;
  return s;
}

export function manySummary(rows: ManyRow[]): Record<ManyStatus, number> {
  const s: Record<ManyStatus, number> = { agree: 0, conflict: 0, single: 0 };
  for (const r of rows) s[r.status]++;
  return s;
}

// --- Rendering -----------------------------------------------------------------------------------

const clip = (s: string, n: number) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
};

/** Strips the directory all the files share, so evidence reads "a.txt:3:5". */
function shortener(files: string[]): (file: string) => string {
  const dirs = files.filter((f) => f.includes('/')).map((f) => f.slice(0, f.lastIndexOf('/') + 1));
  if (dirs.length !== files.length || files.length === 0) return (f) => f;
  let prefix = dirs[0]!;
  for (const d of dirs) while (!d.startsWith(prefix)) prefix = prefix.slice(0, prefix.slice(0, -1).lastIndexOf('/') + 1);
  return (f) => (f.startsWith(prefix) ? f.slice(prefix.length) : f);
}

const where = (f: Fact, short: (s: string) => string) => `${short(f.evidence.file)}:${f.evidence.line}:${f.evidence.column}`;

function tableStyle(color: boolean) {
  return color ? { head: ['bold'], border: ['gray'] } : { head: [], border: [] };
}

function pairStatusTitle(status: PairStatus, report: PairReport): string {
  switch (status) {
    case 'changed':
      return report.words ? 'changed' : 'changed (conflicts)';
    case 'only_in_a':
      return report.words ? `${report.words.onlyInA} (only in ${report.a})` : `only in A: ${report.a}`;
    case 'only_in_b':
      return report.words ? `${report.words.onlyInB} (only in ${report.b})` : `only in B: ${report.b}`;
    case 'same':
      return 'same';
  }
}

function statusColour(c: ChalkInstance, status: PairStatus | ManyStatus): ChalkInstance {
  switch (status) {
    case 'changed':
    case 'conflict':
      return c.red;
    case 'only_in_a':
      return c.yellow;
    case 'only_in_b':
      return c.cyan;
    case 'same':
    case 'agree':
      return c.green;
    case 'single':
      return c.dim;
  }
}

/**
 * Entries shown in one cell of a table, and characters of one value or note: a reader wants a sample of
 * thousands of repeats and the start of a long quotation (the JSON and CSV hold them whole), and
 * cli-table3's cost grows with the square of a cell's lines and of a line it cuts.
 */
const CELL_ENTRIES = 8;
const CELL_SOURCES = 30;
const CELL_NOTE = 300;

function capped<T>(xs: T[], show: (x: T) => string, max = CELL_ENTRIES, sep = '\n'): string {
  const shown = xs.slice(0, max).map(show);
  if (xs.length > max) shown.push(`… ${(xs.length - max).toLocaleString('en-US')} more`);
  return shown.join(sep);
}

function factCell(description: string, reasons: string[], notes: string[], c: ChalkInstance): string {
  const lines = [description, ...capped(reasons, (r) => c.red(`! ${clip(r, CELL_NOTE)}`)).split('\n'), ...capped(notes, (n) => c.dim(`note: ${clip(n, CELL_NOTE)}`)).split('\n')];
  return lines.filter((l) => l !== '').join('\n');
}

export function renderPairTable(report: PairReport, o: RenderOptions, statuses: Set<PairStatus>): string {
  const c = new Chalk({ level: o.color ? 1 : 0 });
  const width = Math.max(90, Math.min(o.width ?? 120, 220));
  const files = report.rows.flatMap((r) => [...r.a, ...r.b].map((f) => f.evidence.file));
  const short = shortener([...new Set(files)]);
  const out: string[] = [];
  out.push(`${c.bold('A')} ${report.a}   ${c.bold('B')} ${report.b}${report.byDocument ? c.dim('   (documents matched by file)') : ''}`);
  for (const d of report.documentsOnlyInA) out.push(c.yellow(`document only in ${report.a}: ${d}`));
  for (const d of report.documentsOnlyInB) out.push(c.cyan(`document only in ${report.b}: ${d}`));
  out.push('');
  const evidenceCell = (fs: Fact[], n: number) => capped(fs, (f) => `${where(f, short)}\n“${clip(f.evidence.text, n)}”`);
  const valueCell = (fs: Fact[]) => capped(fs, (f) => clip(valueShown(f), CELL_NOTE));
  let longest = 0;
  for (const r of report.rows) if (statuses.has(r.status)) for (const f of [...r.a, ...r.b]) longest = Math.max(longest, where(f, short).length);
  for (const status of PAIR_ORDER) {
    if (!statuses.has(status)) continue;
    const rows = report.rows.filter((r) => r.status === status);
    if (rows.length === 0) continue;
    out.push(statusColour(c, status).bold(`${pairStatusTitle(status, report)} (${rows.length})`));
    if (status === 'only_in_a' || status === 'only_in_b') {
      const valueW = Math.floor((width - 10) * 0.2);
      const evW = Math.max(width - 10 - Math.floor((width - 10) * 0.38) - valueW, longest + 2);
      const factW = Math.max(20, width - 10 - valueW - evW);
      const t = (head: boolean) => new Table({ head: head ? ['fact', 'value', 'evidence'] : [], style: tableStyle(o.color), colWidths: [factW, valueW, evW], wordWrap: true });
      const cells = rows.map((r) => {
        const fs = status === 'only_in_a' ? r.a : r.b;
        return [factCell(r.description, r.reasons, r.notes, c), valueCell(fs), evidenceCell(fs, 140)];
      });
      out.push(drawRows(cells, t, o.rowsPerTable));
    } else {
      const valueW = Math.floor((width - 16) * 0.16);
      // The evidence columns hold file:line:col whole, so it can be copied.
      const evW = Math.max(Math.floor((width - 16 - Math.floor((width - 16) * 0.24) - 2 * valueW) / 2), longest + 2);
      const factW = Math.max(20, width - 16 - 2 * valueW - 2 * evW);
      const t = (head: boolean) => new Table({ head: head ? ['fact', 'A value', 'B value', 'A evidence', 'B evidence'] : [], style: tableStyle(o.color), colWidths: [factW, valueW, valueW, evW, evW], wordWrap: true });
      const cells = rows.map((r) => [factCell(r.description, r.reasons, r.notes, c), valueCell(r.a), valueCell(r.b), evidenceCell(r.a, 90), evidenceCell(r.b, 90)]);
      out.push(drawRows(cells, t, o.rowsPerTable));
    }
    out.push('');
  }
  const s = pairSummary(report.rows);
  const w = report.words;
  out.push(
    c.dim(
      `${s.changed} changed, ${s.only_in_a} ${w ? w.onlyInA : 'only in A'}, ${s.only_in_b} ${w ? w.onlyInB : 'only in B'}, ${s.same} same` +
        (report.documentsOnlyInA.length || report.documentsOnlyInB.length ? `; documents: ${report.documentsOnlyInA.length} only in ${report.a}, ${report.documentsOnlyInB.length} only in ${report.b}` : ''),
    ),
  );
  return out.join('\n') + '\n';
}

export function renderManyTable(report: ManyReport, o: RenderOptions, statuses: Set<ManyStatus>): string {
  const c = new Chalk({ level: o.color ? 1 : 0 });
  const width = Math.max(90, Math.min(o.width ?? 120, 220));
  const short = shortener(report.sources);
  const out: string[] = [];
  out.push(`${c.bold(`${report.sources.length} sources`)}: ${capped(report.sources, short, CELL_SOURCES, ', ')}`);
  out.push('');
  const rows = report.rows.filter((r) => statuses.has(r.status));
  // Topics that hold a conflict come first, so a build log shows them at once.
  const conflicted = new Set(rows.filter((r) => r.status === 'conflict').map((r) => r.topic));
  const topics = [...new Set(rows.map((r) => r.topic))].sort((x, y) => Number(conflicted.has(y)) - Number(conflicted.has(x)));
  const statusW = 10;
  const factW = Math.floor((width - 10 - statusW) * 0.4);
  const valueW = Math.floor((width - 10 - statusW) * 0.25);
  let longest = 0;
  for (const r of rows) for (const g of r.groups) for (const x of g.facts) longest = Math.max(longest, `${short(x.source)}:${x.fact.evidence.line}:${x.fact.evidence.column}`.length);
  const srcW = Math.max(width - 10 - statusW - factW - valueW, longest + 3);
  const rowsOf = new Map<string, ManyRow[]>();
  for (const r of rows) {
    const list = rowsOf.get(r.topic);
    if (list) list.push(r);
    else rowsOf.set(r.topic, [r]);
  }
  for (const topic of topics) {
    out.push(c.bold(topic));
    const t = (head: boolean) => new Table({ head: head ? ['status', 'fact', 'value', 'sources'] : [], style: tableStyle(o.color), colWidths: [statusW, factW, valueW, srcW], wordWrap: true });
    const records = rowsOf.get(topic)!.map((r) => {
      const span = r.groups.length;
      return r.groups.map((g, i) => {
        const first = new Map<string, Fact>();
        for (const x of g.facts) if (!first.has(x.source)) first.set(x.source, x.fact);
        const srcs = capped(
          g.sources,
          (s) => {
            const f = first.get(s)!;
            return `${short(s)}:${f.evidence.line}:${f.evidence.column}`;
          },
          CELL_SOURCES,
          ', ',
        );
        const cells: (string | { content: string; rowSpan: number })[] = [];
        if (i === 0) {
          cells.push({ content: statusColour(c, r.status)(r.status), rowSpan: span });
          cells.push({ content: factCell(r.description, r.reasons, r.notes, c), rowSpan: span });
        }
        cells.push(clip(g.value, CELL_NOTE), srcs);
        return cells as Table.HorizontalTableRow;
      });
    });
    out.push(drawRecords(records, t, o.rowsPerTable));
    out.push('');
  }
  const s = manySummary(report.rows);
  out.push(c.dim(`${report.rows.length} facts across ${report.sources.length} sources: ${s.conflict} conflict, ${s.agree} agree, ${s.single} stated by one source only`));
  return out.join('\n') + '\n';
}

export function renderPair(report: PairReport, format: DiffFormat, o: RenderOptions, statuses: Set<PairStatus>): string {
  const rows = report.rows.filter((r) => statuses.has(r.status));
  switch (format) {
    case 'table':
      return renderPairTable(report, o, statuses);
    case 'json':
      return (
        JSON.stringify(
          { mode: 'pair', a: report.a, b: report.b, byDocument: report.byDocument, summary: pairSummary(report.rows), documents: { onlyInA: report.documentsOnlyInA, onlyInB: report.documentsOnlyInB }, rows: rows.map(pairRowJson) },
          null,
          2,
        ) + '\n'
      );
    case 'ndjson':
      return rows.map((r) => JSON.stringify(pairRowJson(r)) + '\n').join('');
    case 'csv': {
      const head = ['status', 'file', 'type', 'subject', 'object', 'scope', 'time', 'qualifiers', 'a_value', 'b_value', 'a_evidence', 'b_evidence', 'a_text', 'b_text', 'reasons', 'notes'];
      const lines = [head.join(',')];
      for (const r of rows) {
        const k = keyJson(r.parts);
        const q = k.qualifiers as Record<string, unknown>;
        const loc = (fs: Fact[]) => fs.map((f) => `${f.evidence.file}:${f.evidence.line}:${f.evidence.column}`).join(' | ');
        lines.push(
          [
            r.status, r.file ?? '', k.type, k.subject, k.object, k.scope, k.time, Object.keys(q).length ? JSON.stringify(q) : '',
            r.a.map(valueShown).join(' | '), r.b.map(valueShown).join(' | '), loc(r.a), loc(r.b),
            r.a.map((f) => f.evidence.text).join(' | '), r.b.map((f) => f.evidence.text).join(' | '), r.reasons.join(' | '), r.notes.join(' | '),
          ]
            .map(csvField)
            .join(','),
        );
      }
      return lines.join('\r\n') + '\r\n';
    }
  }
}

export function renderMany(report: ManyReport, format: DiffFormat, o: RenderOptions, statuses: Set<ManyStatus>): string {
  const rows = report.rows.filter((r) => statuses.has(r.status));
  switch (format) {
    case 'table':
      return renderManyTable(report, o, statuses);
    case 'json':
      return JSON.stringify({ mode: 'many', sources: report.sources, summary: manySummary(report.rows), rows: rows.map(manyRowJson) }, null, 2) + '\n';
    case 'ndjson':
      return rows.map((r) => JSON.stringify(manyRowJson(r)) + '\n').join('');
    case 'csv': {
      const head = ['status', 'type', 'subject', 'object', 'scope', 'time', 'qualifiers', ...report.sources, 'sides', 'notes'];
      const lines = [head.map(csvField).join(',')];
      for (const r of rows) {
        const k = keyJson(r.parts);
        const q = k.qualifiers as Record<string, unknown>;
        const factsOf = new Map(r.sources.map((x) => [x.source, x.facts]));
        const per = report.sources.map((s) => (factsOf.get(s) ?? []).map(valueShown).join(' | '));
        const sides = r.groups.map((g) => `${g.value}: ${g.sources.join(', ')}`).join(' | ');
        lines.push([r.status, k.type, k.subject, k.object, k.scope, k.time, Object.keys(q).length ? JSON.stringify(q) : '', ...per, sides, [...r.reasons, ...r.notes].join(' | ')].map(csvField).join(','));
      }
      return lines.join('\r\n') + '\r\n';
    }
  }
}
