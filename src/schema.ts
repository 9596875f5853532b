// The fact contract of ../shared/FACTS.md, defined once. Types and the JSON Schema derive from here.
import { z } from 'zod';

export const SCHEMA_VERSION = '1.0';

export const ENTITY_TYPES = ['org', 'person', 'place', 'product'] as const;

export const CountValue = z.object({ kind: z.literal('count'), number: z.number() });
export const MoneyValue = z.object({
  kind: z.literal('money'),
  amount: z.number(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code'),
});
export const PercentValue = z.object({ kind: z.literal('percent'), number: z.number() });
export const MultiplierValue = z.object({ kind: z.literal('multiplier'), factor: z.number() });
export const RankValue = z.object({
  kind: z.literal('rank'),
  rank: z.number().int().positive(),
  of: z.union([z.string(), z.number()]).optional(),
});
export const EntityValue = z.object({
  kind: z.literal('entity'),
  name: z.string().min(1),
  entityType: z.enum(ENTITY_TYPES),
});
export const TextValue = z.object({ kind: z.literal('text'), text: z.string() });

export const Value = z.discriminatedUnion('kind', [
  CountValue, MoneyValue, PercentValue, MultiplierValue, RankValue, EntityValue, TextValue,
]);

export const PRECISIONS = ['day', 'month', 'quarter', 'half', 'year'] as const;
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');
export const Time = z.object({
  start: partialDate.nullable(),
  end: partialDate.nullable(),
  precision: z.enum(PRECISIONS).nullable(),
  text: z.string(),
});

export const Evidence = z.object({
  file: z.string(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  sentence: z.string(),
});

export const APPROX = ['more_than', 'over', 'nearly', 'about', 'up_to', 'less_than', 'at_least'] as const;
export const STATUS = ['planned', 'announced', 'expected', 'speculated', 'proposed', 'rejected'] as const;

// Known qualifier keys are typed; others pass through (the contract is extensible).
export const Qualifiers = z
  .object({
    approx: z.enum(APPROX).nullable().optional(),
    status: z.enum(STATUS).optional(),
    points: z.boolean().optional(),
    forecast: z.boolean().optional(),
    equivalent: z.object({ amount: z.number(), currency: z.string() }).optional(),
    rank: z.number().int().positive().optional(),
    region: z.string().optional(),
    new: z.boolean().optional(),
    period: z.string().optional(),
    metric: z.string().optional(),
    bound: z.string().optional(),
    category: z.string().optional(),
    speaker: z.string().optional(),
    former: z.boolean().optional(),
    alsoAt: z.array(z.object({ start: z.number(), end: z.number() })).optional(),
  })
  .catchall(z.unknown());

export const V1_TYPES = [
  'users.daily_active', 'users.weekly_active', 'users.monthly_active', 'users.total', 'users.paid',
  'users.growth', 'valuation', 'funding.round', 'funding.total', 'funding.investor', 'deal.merger',
  'deal.acquisition', 'revenue', 'market.size', 'investment.commitment', 'market.share',
  'offices.count', 'office.opening', 'partnership', 'person.role', 'ranking', 'product.launch', 'quote',
] as const;
export const MENTION_TYPES = [
  'mention.count', 'mention.money', 'mention.percent', 'mention.multiplier', 'mention.rank',
  'mention.date', 'mention.org', 'mention.person', 'mention.place',
] as const;

export const FactType = z
  .union([z.enum(V1_TYPES), z.enum(MENTION_TYPES), z.string().regex(/^custom\.[a-z0-9_.-]+$/)])
  .describe('a v1 type, a mention.* type or custom.<name>');

export const Fact = z.object({
  id: z.string().regex(/^[0-9a-f]{16}$/).describe('stable hash of the file path, type, evidence offsets and value'),
  type: FactType,
  subject: z.string().nullable(),
  object: z.string().nullable(),
  value: Value,
  time: Time.nullable(),
  scope: z.string().nullable(),
  qualifiers: Qualifiers,
  evidence: Evidence,
  confidence: z.number().min(0).max(1),
  rule: z.string(),
});

export const DocumentResult = z.object({
  file: z.string(),
  date: z.string().nullable(),
  title: z.string().nullable(),
  facts: z.array(Fact),
});

export const Export = z.object({
  schemaVersion: z.string(),
  documents: z.array(DocumentResult),
});

export type Value = z.infer<typeof Value>;
export type Time = z.infer<typeof Time>;
export type Evidence = z.infer<typeof Evidence>;
export type Qualifiers = z.infer<typeof Qualifiers>;
export type Fact = z.infer<typeof Fact>;
export type DocumentResult = z.infer<typeof DocumentResult>;
export type Export = z.infer<typeof Export>;
export type Approx = (typeof APPROX)[number];
export type Status = (typeof STATUS)[number];

/** The JSON Schema of one fact, generated from the zod schema above. */
export function factJsonSchema(): unknown {
  return z.toJSONSchema(Fact, { io: 'input' });
}

/** Throws with a readable message when a fact breaks the contract. */
export function validateFact(fact: unknown): Fact {
  const r = Fact.safeParse(fact);
  if (!r.success) throw new Error(`invalid fact: ${z.prettifyError(r.error)}\n${JSON.stringify(fact)}`);
  return r.data;
}
