// The registry of built-in fact rules: pattern rules (data, run by the same engine as a user's --rules
// file) and code rules for what one pattern cannot say (quotes over several sentences, appositions).
import { compileRule, type CompiledRule } from '../engine/run.js';
import { RuleSpec, type RuleSpecInput } from '../engine/rule-spec.js';
import type { Draft } from '../engine/draft.js';
import type { Context } from '../pipeline.js';
import { rules as deals } from './deals/rules.js';
import { rules as funding } from './funding/rules.js';
import { rules as investment } from './investment/rules.js';
import { rules as launch } from './launch/rules.js';
import { rules as market } from './market/rules.js';
import { rules as offices } from './offices/rules.js';
import { rules as partnership } from './partnership/rules.js';
import { rules as ranking } from './ranking/rules.js';
import { rules as revenue } from './revenue/rules.js';
import { rules as users } from './users/rules.js';
import { rules as valuation } from './valuation/rules.js';
import { rules as people } from './people/rules.js';
import { quoteRule } from './quotes/rule.js';
import { roleRule } from './people/rule.js';
import { editionsRule } from './launch/editions.js';
import { itAfterRevenueRule } from './revenue/it-after-revenue.js';

export interface CodeRule {
  id: string;
  run(ctx: Context): Draft[];
}

export const PATTERN_RULES: RuleSpecInput[] = [
  ...users, ...valuation, ...funding, ...revenue, ...market, ...investment, ...offices, ...partnership, ...deals, ...ranking, ...launch, ...people,
];
const CODE_RULES: CodeRule[] = [quoteRule, roleRule, editionsRule, itAfterRevenueRule];

let compiled: CompiledRule[] | null = null;
export function builtinRules(): CompiledRule[] {
  compiled ??= PATTERN_RULES.map((r) => compileRule(RuleSpec.parse(r)));
  return compiled;
}

export function codeRules(): CodeRule[] {
  return CODE_RULES;
}
