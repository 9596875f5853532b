// Human-readable forms of values and times, shared by the table and other reporters.
import type { Fact, Time, Value } from '../schema.js';

const APPROX_WORDS: Record<string, string> = {
  more_than: 'more than', over: 'over', nearly: 'nearly', about: 'about', up_to: 'up to', less_than: 'less than', at_least: 'at least',
};

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

export function valueText(v: Value): string {
  switch (v.kind) {
    case 'count':
      return fmt(v.number);
    case 'money':
      return `${fmt(v.amount)} ${v.currency}`;
    case 'percent':
      return `${fmt(v.number)}%`;
    case 'multiplier':
      return `×${fmt(v.factor)}`;
    case 'rank':
      return `#${v.rank}${v.of !== undefined ? ` of ${v.of}` : ''}`;
    case 'entity':
      return v.name;
    case 'text':
      return v.text;
  }
}

export function factValueText(f: Fact): string {
  const approx = typeof f.qualifiers.approx === 'string' ? `${APPROX_WORDS[f.qualifiers.approx] ?? f.qualifiers.approx} ` : '';
  const eq = f.qualifiers.equivalent as { amount: number; currency: string } | undefined;
  return `${approx}${valueText(f.value)}${eq ? ` (${fmt(eq.amount)} ${eq.currency})` : ''}`;
}

export function timeText(t: Time | null): string {
  if (!t) return '';
  if (!t.start) return `"${t.text}"`;
  return t.end && t.end !== t.start ? `${t.start}..${t.end}` : t.start;
}

/** Value and unit as two flat columns (CSV). */
export function valueColumns(v: Value): [string, string] {
  switch (v.kind) {
    case 'count':
      return [String(v.number), ''];
    case 'money':
      return [String(v.amount), v.currency];
    case 'percent':
      return [String(v.number), 'percent'];
    case 'multiplier':
      return [String(v.factor), 'times'];
    case 'rank':
      return [String(v.rank), 'rank'];
    case 'entity':
      return [v.name, v.entityType];
    case 'text':
      return [v.text, 'text'];
  }
}
