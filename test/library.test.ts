// The library entry point, as another program uses it: `import { extract } from 'extract'`.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { ROOT } from './helpers.js';

describe('library', () => {
  it('extract(text, options) returns typed, validated facts with evidence', () => {
    const text = ' date 2025-04-02 Acme news\n\nAcme Robotics was valued at $2 billion in March.';
    const facts = extract(text, { file: 'acme.txt' });
    const v = facts.find((f) => f.type === 'valuation');
    expect(v).toMatchObject({ subject: 'Acme Robotics', value: { kind: 'money', amount: 2e9, currency: 'USD' }, time: { start: '2025-03' } });
    expect(text.slice(v!.evidence.start, v!.evidence.end)).toBe(v!.evidence.text);
    expect(v!.evidence).toMatchObject({ file: 'acme.txt', line: 3 });
  });

  it('imports by package name from plain JavaScript (index.js registers tsx)', () => {
    const script = "import { extract, factJsonSchema } from 'extract'; const f = extract('Acme was valued at $2 billion.'); console.log(JSON.stringify([f.map((x) => x.type), typeof factJsonSchema()]));";
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual([['valuation'], 'object']);
  });
});

describe('fact ids', () => {
  it('stay unique when two facts of one list share their words, type and value, and the first keeps its id', async () => {
    const { factId } = await import('../src/engine/draft.js');
    const text = 'Valkyr Systems, founded in 2019 by former banker Tomas Lind and robotics researcher Maja Berg, builds drones.';
    const roles = extract(text, { date: '2025-11-12' }).filter((f) => f.type === 'person.role');
    expect(roles.map((f) => f.subject).sort()).toEqual(['Maja Berg', 'Tomas Lind']);
    expect(roles[0]!.evidence).toEqual(roles[1]!.evidence);
    expect(roles[0]!.value).toEqual(roles[1]!.value);
    expect(new Set(roles.map((f) => f.id)).size).toBe(2);
    const plain = factId('-', 'person.role', roles[0]!.evidence.start, roles[0]!.evidence.end, roles[0]!.value);
    expect(roles.filter((f) => f.id === plain)).toHaveLength(1);
  });
});
