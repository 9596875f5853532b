// The readable table: grouped by file, coloured by type, with value, time and line:column of the evidence.
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { DocumentResult } from '../schema.js';
import { drawRows } from './draw-rows.js';
import type { Reporter } from './reporter.js';
import { factValueText, timeText } from './text.js';

const FAMILY_COLOURS: Record<string, (c: ChalkInstance) => ChalkInstance> = {
  users: (c) => c.cyan, valuation: (c) => c.green, funding: (c) => c.green, revenue: (c) => c.green,
  market: (c) => c.yellow, investment: (c) => c.green, deal: (c) => c.magenta, offices: (c) => c.blue,
  office: (c) => c.blue, partnership: (c) => c.magenta, person: (c) => c.red, ranking: (c) => c.yellow,
  product: (c) => c.blue, quote: (c) => c.gray, mention: (c) => c.dim,
};

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

export function tableReporter(options: { color: boolean; width?: number; rowsPerTable?: number }): Reporter {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const width = Math.max(100, Math.min(options.width ?? 140, 220));
  let total = 0;
  let docs = 0;
  return {
    begin: () => '',
    document(d: DocumentResult) {
      docs++;
      total += d.facts.length;
      const head = `${c.bold(d.file)}${d.date ? `  ${d.date}` : ''}${d.title ? c.dim(`  ${clip(d.title, 70)}`) : ''}  ${c.dim(`${d.facts.length} facts`)}\n`;
      if (d.facts.length === 0) return head + c.dim('  (no facts)\n') + '\n';
      const evidenceWidth = Math.max(20, width - 92);
      const table = (head: boolean) =>
        new Table({
          head: head ? ['where', 'type', 'subject', 'value', 'time', 'evidence'] : [],
          style: options.color ? { head: ['bold'], border: ['gray'] } : { head: [], border: [] },
          colWidths: [9, 22, 18, 24, 13, evidenceWidth],
          wordWrap: true,
        });
      const rows: string[][] = [];
      for (const f of d.facts) {
        const colour = (FAMILY_COLOURS[f.type.split('.')[0]!] ?? ((x: ChalkInstance) => x))(c);
        const object = f.object ? ` → ${f.object}` : '';
        rows.push([
          `${f.evidence.line}:${f.evidence.column}`,
          colour(f.type),
          clip((f.subject ?? '') + (f.type === 'person.role' ? object : ''), 40),
          clip(f.type === 'person.role' ? factValueText(f) : factValueText(f) + (f.value.kind === 'entity' ? '' : object), 60),
          timeText(f.time),
          clip(f.evidence.text.replace(/\s+/g, ' '), 160),
        ]);
      }
      return `${head}${drawRows(rows, table, options.rowsPerTable)}\n\n`;
    },
    end: () => c.dim(`${total} facts in ${docs} ${docs === 1 ? 'document' : 'documents'}\n`),
  };
}
