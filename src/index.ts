// The library entry point.
export { extract, extractDocument, type ExtractOptions } from './pipeline.js';
export { makeDocument, type Document } from './document/index.js';
export { compileRule, checkRule } from './engine/run.js';
export { parseRules, RuleSpec } from './engine/rule-spec.js';
export { Fact, Value, Time, Evidence, Export, DocumentResult, SCHEMA_VERSION, factJsonSchema, validateFact } from './schema.js';
