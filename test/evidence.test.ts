// Every fact the seeds and fixtures produce is checkable: its evidence is the file's own text at its
// offsets, its line and column point at the same place, and it passes the contract's schema.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../src/document/index.js';
import { extractDocument } from '../src/pipeline.js';
import { Fact } from '../src/schema.js';
import { ROOT } from './helpers.js';

const files = ['seeds', 'fixtures/articles'].flatMap((dir) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.txt')).map((f) => `${dir}/${f}`));

describe('evidence invariant', () => {
  it.each(files)('%s', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const facts = extractDocument(makeDocument(file, text), { mentions: true });
    expect(facts.length).toBeGreaterThan(0);
    const lines = text.split('\n');
    for (const f of facts) {
      Fact.parse(f);
      expect(f.evidence.file).toBe(file);
      expect(text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
      expect(f.evidence.text.length).toBeGreaterThan(0);
      const line = lines[f.evidence.line - 1]!;
      expect(line.slice(f.evidence.column - 1, f.evidence.column - 1 + Math.min(20, f.evidence.text.length))).toBe(f.evidence.text.slice(0, 20).split('\n')[0]!.slice(0, 20));
      expect(f.evidence.sentence).toContain(f.evidence.text.split('\n')[0]!);
    }
    // Ids are stable hashes and unique within a document.
    expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
  });
});
