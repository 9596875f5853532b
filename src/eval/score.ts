// Scores facts against gold files by the rules of gold/FORMAT.md (the same figures as shared/tools/score.mjs).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';

export interface PredFact {
  type: string;
  subject?: string | null;
  object?: string | null;
  value?: Record<string, unknown> | null;
  time?: { start?: string | null } | string | null;
  scope?: string | null;
  qualifiers?: Record<string, unknown>;
  evidence?: { file?: string; text?: string };
}

const GoldFact = z.object({
  type: z.string(),
  subject: z.string().nullable().optional(),
  object: z.string().nullable().optional(),
  value: z.record(z.string(), z.unknown()).nullable().optional(),
  scope: z.string().nullable().optional(),
  time: z.string().nullable().optional(),
  qualifiers: z.record(z.string(), z.unknown()).optional(),
  alt: z.record(z.string(), z.array(z.string())).optional(),
  quote: z.string().optional(),
}).passthrough();
const GoldFile = z.object({ article: z.string(), date: z.string().nullable().optional(), facts: z.array(GoldFact) }).passthrough();
export type GoldFact = z.infer<typeof GoldFact>;
export type GoldFile = z.infer<typeof GoldFile>;

export function readGoldDir(dir: string): GoldFile[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  return files.map((f) => {
    const path = join(dir, f);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      throw new Error(`${path}: not valid JSON (${(e as Error).message})`);
    }
    const r = GoldFile.safeParse(raw);
    if (!r.success) throw new Error(`${path}: not a gold file: ${z.prettifyError(r.error)}`);
    return r.data;
  });
}

const SUFFIX = /\b(inc|co|corp|corporation|ltd|llc|plc|group|holdings|company)\b\.?/g;
export const norm = (s: unknown): string =>
  String(s ?? '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/['’]s\b/g, '')
    .replace(SUFFIX, '')
    .replace(/^\s*the\s+/, '')
    .replace(/[^a-z0-9가-힣]+/g, ' ')
    .trim();
const family = (t: string) => String(t ?? '').split('.')[0];
const close = (a: unknown, b: unknown) =>
  typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 0.015 * Math.max(Math.abs(a), Math.abs(b), 1e-9);
const contains = (a: unknown, b: unknown) => {
  const x = ` ${norm(a)} `;
  const y = ` ${norm(b)} `;
  return x.trim() !== '' && y.trim() !== '' && (x.includes(y) || y.includes(x));
};
type G = GoldFact & Record<string, unknown>;
const alts = (g: G, field: string): unknown[] => [g[field], ...((g.alt ?? {})[field] ?? [])].filter((x) => x != null);
const nameIs = (g: G, field: string, p: unknown) => alts(g, field).some((x) => norm(x) !== '' && norm(x) === norm(p));
const nameIn = (g: G, field: string, p: unknown) => alts(g, field).some((x) => contains(x, p));
const numberOf = (v: Record<string, unknown> | null | undefined) => (v ? (v.number ?? v.amount ?? v.factor ?? v.rank) : undefined);
const predName = (p: PredFact) => p.object ?? (p.value?.name as string | undefined) ?? (p.value?.text as string | undefined);
const predTime = (p: PredFact) => (typeof p.time === 'string' ? p.time : p.time?.start) ?? '';

const RELATIONS = new Set(['partnership', 'office.opening', 'funding.investor', 'deal.merger', 'deal.acquisition']);
const SYMMETRIC = new Set(['partnership', 'deal.merger']);
const PHRASE_SUBJECT = new Set(['market.size']);

export function agrees(g: G, p: PredFact): boolean {
  if (SYMMETRIC.has(g.type)) {
    const forward = nameIs(g, 'subject', p.subject) && nameIs(g, 'object', predName(p));
    const backward = nameIs(g, 'subject', predName(p)) && nameIs(g, 'object', p.subject);
    if (!forward && !backward) return false;
  } else {
    if (g.subject != null && !(PHRASE_SUBJECT.has(g.type) ? nameIn(g, 'subject', p.subject) : nameIs(g, 'subject', p.subject))) return false;
    if (g.object != null && !nameIs(g, 'object', RELATIONS.has(g.type) ? predName(p) : p.object)) return false;
  }
  if (g.scope != null && !nameIn(g, 'scope', p.scope)) return false;
  if (g.time != null && !predTime(p).startsWith(g.time)) return false;
  if (g.type === 'office.opening' && g.qualifiers?.rank != null && (p.qualifiers?.rank ?? p.value?.rank) !== g.qualifiers.rank) return false;
  const gv = g.value;
  const pv = p.value;
  if (!gv) return true;
  if (!pv || pv.kind !== gv.kind) return false;
  if (g.type === 'quote') {
    const gt = norm(gv.text);
    const pt = norm(pv.text);
    const k = Math.min(40, gt.length);
    return k > 0 && (pt.includes(gt.slice(0, k)) || (pt.length >= k && gt.includes(pt)));
  }
  if (gv.kind === 'entity') {
    const gg = { ...g, name: gv.name } as G;
    return gv.entityType === 'product' ? nameIn(gg, 'name', pv.name) : nameIs(gg, 'name', pv.name);
  }
  if (gv.kind === 'text') return contains(gv.text, pv.text);
  if (!close(numberOf(gv), numberOf(pv))) return false;
  if (gv.kind === 'money' && pv.currency !== gv.currency) return false;
  return true;
}

export interface TypeScore {
  gold: number;
  strict: number;
  lenient: number;
  pred: number;
}
export interface Score {
  gold: number;
  strict: number;
  lenient: number;
  typedPred: number;
  predMatched: number;
  recall: number;
  lenientRecall: number;
  precision: number;
  f1: number;
  perType: Record<string, TypeScore>;
  misses: string[];
  spurious: string[];
}

/** Scores predicted facts (grouped by file basename) against gold files. */
export function score(predictions: PredFact[], gold: GoldFile[]): Score {
  const byFile = new Map<string, PredFact[]>();
  for (const f of predictions) {
    const file = basename(String(f.evidence?.file ?? ''));
    if (!byFile.has(file)) byFile.set(file, []);
    byFile.get(file)!.push(f);
  }
  const t = { gold: 0, strict: 0, lenient: 0, typedPred: 0, predMatched: 0 };
  const perType: Record<string, TypeScore> = {};
  const misses: string[] = [];
  const spurious: string[] = [];
  const typeRow = (type: string) => (perType[type] ??= { gold: 0, strict: 0, lenient: 0, pred: 0 });
  for (const gf of gold) {
    const article = basename(gf.article);
    const preds = (byFile.get(article) ?? []).filter((p) => !String(p.type ?? '').startsWith('mention.'));
    t.typedPred += preds.length;
    const used = new Set<number>();
    const usedLenient = new Set<number>();
    // Greedy as score.mjs: each gold fact takes the first unused prediction that agrees, searched among
    // those of its type (then its family) only: an article's facts of other types are never tested.
    const ofType = new Map<string, number[]>();
    const ofFamily = new Map<string, number[]>();
    preds.forEach((p, i) => {
      for (const [m, k] of [[ofType, p.type], [ofFamily, family(p.type)]] as const) {
        const list = m.get(k);
        if (list) list.push(i);
        else m.set(k, [i]);
      }
    });
    const first = (list: number[] | undefined, ok: (i: number) => boolean) => list?.find(ok) ?? -1;
    for (const g of gf.facts as G[]) {
      t.gold++;
      const row = typeRow(g.type);
      row.gold++;
      const hit = first(ofType.get(g.type), (i) => !used.has(i) && agrees(g, preds[i]!));
      if (hit >= 0) {
        used.add(hit);
        usedLenient.add(hit);
        t.strict++;
        row.strict++;
        t.lenient++;
        row.lenient++;
        continue;
      }
      const near = first(ofFamily.get(family(g.type)), (i) => !used.has(i) && !usedLenient.has(i) && agrees(g, preds[i]!));
      if (near >= 0) {
        usedLenient.add(near);
        t.lenient++;
        row.lenient++;
      }
      misses.push(`${article}: ${g.type} ${g.subject ?? ''}${g.object ? ' → ' + g.object : ''} ${g.value ? JSON.stringify(g.value) : ''}${g.time ? ' @' + g.time : ''} «${g.quote ?? ''}»${near >= 0 ? ` (family match: ${preds[near]!.type})` : ''}`);
    }
    preds.forEach((p, i) => {
      typeRow(p.type).pred++;
      if (!used.has(i)) spurious.push(`${article}: ${p.type} ${p.subject ?? ''}${predName(p) && RELATIONS.has(p.type) ? ' → ' + predName(p) : ''} ${JSON.stringify(p.value ?? null)} «${String(p.evidence?.text ?? '').slice(0, 80)}»`);
    });
    t.predMatched += used.size;
  }
  const recall = t.gold ? t.strict / t.gold : 0;
  const lenientRecall = t.gold ? t.lenient / t.gold : 0;
  const precision = t.typedPred ? t.predMatched / t.typedPred : 0;
  const f1 = recall + precision ? (2 * recall * precision) / (recall + precision) : 0;
  return { ...t, recall, lenientRecall, precision, f1, perType, misses, spurious };
}

/** The summary line, worded as shared/tools/score.mjs prints it. */
export function summaryLine(s: Score): string {
  return `recall ${s.recall.toFixed(3)} (lenient ${s.lenientRecall.toFixed(3)}) precision ${s.precision.toFixed(3)} F1 ${s.f1.toFixed(3)} over ${s.gold} gold facts, ${s.typedPred} typed predictions`;
}

export function verboseLines(s: Score): string[] {
  const out = [`${'type'.padEnd(24)} found/gold  matched/predicted`];
  for (const [type, r] of Object.entries(s.perType).sort()) {
    out.push(`${type.padEnd(24)} ${String(r.strict).padStart(3)}/${String(r.gold).padEnd(4)}    ${r.pred ? `${r.strict}/${r.pred}` : '-'}${r.lenient > r.strict ? `  (+${r.lenient - r.strict} under a sibling type)` : ''}`);
  }
  for (const m of s.misses) out.push('MISS ' + m);
  for (const x of s.spurious) out.push('EXTRA ' + x);
  return out;
}
