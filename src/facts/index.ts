// The registry of built-in fact rules: pattern rules (data, same engine as a user's --rules file)
// and code rules for what patterns cannot say (quotes that span sentences, appositions).
import { compileRule, type CompiledRule } from '../engine/run.js';
import { RuleSpec, type RuleSpecInput } from '../engine/rule-spec.js';
import type { Draft } from '../engine/draft.js';
import type { Context } from '../pipeline.js';

export interface CodeRule {
  id: string;
  run(ctx: Context): Draft[];
}

const PATTERN_RULES: RuleSpecInput[][] = [];
const CODE_RULES: CodeRule[] = [];

let compiled: CompiledRule[] | null = null;
export function builtinRules(): CompiledRule[] {
  compiled ??= PATTERN_RULES.flat().map((r) => compileRule(RuleSpec.parse(r)));
  return compiled;
}

export function codeRules(): CodeRule[] {
  return CODE_RULES;
}
