// The library entry for programs that import 'extract': registers tsx, then re-exports src/index.ts.
import { register } from 'tsx/esm/api';

register();
const lib = await import('./src/index.ts');
export const {
  extract, extractDocument, makeDocument, compileRule, checkRule, parseRules, RuleSpec,
  Fact, Value, Time, Evidence, Export, DocumentResult, SCHEMA_VERSION, factJsonSchema, validateFact,
} = lib;
