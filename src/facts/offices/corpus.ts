// Examples for the offices rules: the seeds' sentences and many of our own. Also the family's test.
import type { FactExample } from '../corpus.js';

export const corpus: FactExample[] = [
];
