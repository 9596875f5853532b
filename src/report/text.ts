// Human-readable forms of values and times, shared by the table and other reporters.
import type { Fact, Time, Value } from '../schema.js';

const APPROX_WORDS: Record<string, string> = {
  more_than: 'more than', over: 'over', nearly: 'nearly', about: 'about', up_to: 'up to', less_than: 'less than', at_least: 'at least',
};

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** "40 billion" for 40000000000 when that is exact, else the digits ("1,252,925"). */
export function human(n: number): string {
  for (const [scale, word] of [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']] as const) {
    const x = n / scale;
    if (Math.abs(x) >= 1 && Math.abs(Math.round(x * 1000) / 1000 - x) < 1e-9) return `${fmt(x)} ${word}`;
  }
  return fmt(n);
}

export function valueText(v: Value): string {
  switch (v.kind) {
    case 'count':
      return fmt(v.number);
    case 'money':
      return `${v.currency} ${human(v.amount)}`;
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
  return `${approx}${valueText(f.value)}${eq ? ` (${eq.currency} ${human(eq.amount)})` : ''}`;
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
