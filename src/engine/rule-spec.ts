// The shape of a rule, for built-in rules and a user's --rules file alike.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { APPROX, FactType, STATUS, Value } from '../schema.js';

/** Where a field's value comes from: a named group of the pattern ("a|b": the first that matched), or a fixed string. */
const Source = z.union([
  z.string().regex(/^[a-zA-Z]\w*(?:\|[a-zA-Z]\w*)*$/, 'a group name of the pattern, or several joined by |'),
  z.object({ fixed: z.string() }),
]);

export const RuleSpec = z
  .object({
    id: z.string().min(1),
    /** A type of the vocabulary ("valuation") or one of your own ("custom.headcount"). */
    type: z.string().refine((t) => FactType.safeParse(t).success, {
      error: (issue) => `expected a type of the vocabulary (e.g. "valuation", "funding.round") or custom.<name>, got ${JSON.stringify(issue.input)}`,
    }),
    /** A regular expression over the sentence in which macros such as {money:value} or {org:subject} stand for recognized values. */
    pattern: z.string().min(1),
    /** Case-insensitive words, one of which the sentence must contain (a cheap filter before the pattern). */
    keywords: z.array(z.string().min(1)).optional(),
    /** Where the value comes from: the `value` group (default), `object` (an entity), a text group, or a fixed value ("the leaders": { "fixed": { "kind": "rank", "rank": 1 } }). */
    value: z
      .union([z.literal('value'), z.literal('object'), z.object({ text: z.string() }), z.object({ entity: z.string(), entityType: z.enum(['org', 'person', 'place', 'product']) }), z.object({ fixed: Value })])
      .optional(),
    subject: Source.optional(),
    object: Source.optional(),
    scope: Source.optional(),
    time: z.string().optional(),
    /** Fixed qualifiers every fact of the rule carries, e.g. { "period": "annual" }. */
    qualifiers: z.record(z.string(), z.unknown()).optional(),
    /** Qualifiers read from groups ("a|b": the first that matched): a number for a numeric value, a name for a name, else the words. */
    qualifiersFrom: z.record(z.string(), z.string()).optional(),
    approx: z.enum(APPROX).optional(),
    status: z.enum(STATUS).optional(),
    confidence: z.number().min(0).max(1).default(0.8),
    /** Match letter case exactly (by default patterns ignore case). */
    caseSensitive: z.boolean().default(false),
  })
  .strict();

export type RuleSpec = z.infer<typeof RuleSpec>;
export type RuleSpecInput = z.input<typeof RuleSpec>;

export const RulesFile = z.union([z.array(z.unknown()), z.object({ rules: z.array(z.unknown()) }).strict()]);

export interface LoadedRules {
  rules: RuleSpec[];
  /** One message per rule that was rejected; the others still load. */
  errors: string[];
}

/** Validates raw rule objects one by one, so that one bad rule never loses the others. */
export function parseRules(raw: unknown, where: string, compileCheck: (r: RuleSpec) => string | null): LoadedRules {
  const top = RulesFile.safeParse(raw);
  if (!top.success) return { rules: [], errors: [`${where}: expected an array of rules or {"rules": [...]}`] };
  const list = Array.isArray(top.data) ? top.data : top.data.rules;
  const rules: RuleSpec[] = [];
  const errors: string[] = [];
  list.forEach((item, i) => {
    const label = `${where}: rules[${i}]${item && typeof item === 'object' && 'id' in item ? ` (${String((item as { id: unknown }).id)})` : ''}`;
    const r = RuleSpec.safeParse(item);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      errors.push(`${label}: ${issue.path.length ? issue.path.join('.') + ': ' : ''}${issue.message}`);
      return;
    }
    const problem = compileCheck(r.data);
    if (problem) errors.push(`${label}: pattern: ${problem}`);
    else rules.push(r.data);
  });
  return { rules, errors };
}

export function readRulesFile(path: string, compileCheck: (r: RuleSpec) => string | null): LoadedRules {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { rules: [], errors: [`${path}: cannot read rules file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { rules: [], errors: [`${path}: not valid JSON (${(e as Error).message})`] };
  }
  return parseRules(raw, path, compileCheck);
}
