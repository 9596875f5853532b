// A user's --rules file goes through the same engine as the built-in rules; a bad rule is reported
// with its path and reason, and no other rule is lost.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRule, compileRule } from '../src/engine/run.js';
import { parseRules } from '../src/engine/rule-spec.js';
import { extract } from '../src/pipeline.js';
import type { Fact } from '../src/schema.js';
import { cli, tempDir } from './helpers.js';

const TEXT = ' date 2025-05-01 Acme news\n\nAcme Robotics now employs 1,200 people across Europe. Globex employs 300 people.\n';

const headcount = {
  id: 'custom.headcount.employs',
  type: 'custom.headcount',
  pattern: '\\bemploys\\s+{count:value}\\s+people',
  keywords: ['employs'],
  confidence: 0.7,
};

describe('rules files', () => {
  it('runs a user rule through the built-in engine, with subject attribution', () => {
    const loaded = parseRules([headcount], 'mine.json', checkRule);
    expect(loaded.errors).toEqual([]);
    const facts = extract(TEXT, { rules: loaded.rules.map(compileRule) }).filter((f) => f.type === 'custom.headcount');
    expect(facts.map((f) => (f.value.kind === 'count' ? f.value.number : null))).toEqual([1200, 300]);
    expect(facts[0]!.rule).toBe('custom.headcount.employs');
    expect(facts[0]!.evidence.text).toBe('employs 1,200 people');
  });

  it('gives a fixed value where the words say it ("the leaders" are first), and rejects one of the wrong shape', () => {
    const leaders = { id: 'custom.leaders', type: 'ranking', pattern: '(?<subject>{names})\\s+are\\s+the\\s+leaders', value: { fixed: { kind: 'rank', rank: 1 } } };
    const loaded = parseRules([leaders, { ...leaders, id: 'bad-fixed', value: { fixed: { kind: 'rank', rank: 'first' } } }], 'mine.json', checkRule);
    expect(loaded.rules.map((r) => r.id)).toEqual(['custom.leaders']);
    expect(loaded.errors[0]).toMatch(/^mine\.json: rules\[1\] \(bad-fixed\): value/);
    const facts = extract('Samsung and Apple are the leaders.', { rules: loaded.rules.map(compileRule) }).filter((f) => f.rule === 'custom.leaders');
    expect(facts.map((f) => [f.subject, f.value])).toEqual([
      ['Samsung', { kind: 'rank', rank: 1 }],
      ['Apple', { kind: 'rank', rank: 1 }],
    ]);
  });

  it('reports each bad rule with its path and reason and keeps the good ones', () => {
    const loaded = parseRules(
      [headcount, { id: 'no-type', pattern: 'x' }, { id: 'bad-macro', type: 'custom.x', pattern: '{widget:value}' }, { id: 'bad-regex', type: 'custom.x', pattern: '({count:value}' }, { id: 'no-value', type: 'custom.x', pattern: 'employs {count}' }],
      'mine.json',
      checkRule,
    );
    expect(loaded.rules.map((r) => r.id)).toEqual(['custom.headcount.employs']);
    expect(loaded.errors).toHaveLength(4);
    expect(loaded.errors[0]).toMatch(/^mine\.json: rules\[1\] \(no-type\): type: /);
    expect(loaded.errors[1]).toMatch(/^mine\.json: rules\[2\] \(bad-macro\): pattern: unknown macro \{widget\}/);
    expect(loaded.errors[2]).toMatch(/^mine\.json: rules\[3\] \(bad-regex\): pattern: .*Invalid regular expression/);
    expect(loaded.errors[3]).toMatch(/^mine\.json: rules\[4\] \(no-value\): pattern: the pattern has no group "value"/);
  });

  it('reports a pattern V8 can read but not compile (nested too deeply) as a bad rule, not in the middle of a run', () => {
    const deep = { id: 'deep', type: 'custom.x', pattern: '{org:subject}{_}' + '\\b(?:x|'.repeat(3_200) + 'employs' + ')'.repeat(3_200) + '\\s+{count:value}' };
    const loaded = parseRules([deep, headcount], 'mine.json', checkRule);
    expect(loaded.rules.map((r) => r.id)).toEqual(['custom.headcount.employs']);
    expect(loaded.errors).toHaveLength(1);
    expect(loaded.errors[0]).toMatch(/^mine\.json: rules\[0\] \(deep\): pattern: .*(?:Stack overflow|Maximum call stack)/);
    expect(loaded.errors[0]!.length).toBeLessThan(600);
  });

  it('through the CLI: a malformed rules file is an error that names it, and the articles are still processed', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), TEXT);
    writeFileSync(join(dir, 'good.json'), JSON.stringify({ rules: [headcount, { id: 'oops', type: 'custom.x' }] }));
    writeFileSync(join(dir, 'broken.json'), '{ "rules": [ ');
    const r = cli(['a.txt', '--rules', 'good.json', '--rules', 'broken.json', '--format', 'ndjson'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/good\.json: rules\[1\] \(oops\): pattern: /);
    expect(r.stderr).toMatch(/broken\.json: not valid JSON/);
    const facts = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Fact);
    expect(facts.filter((f) => f.type === 'custom.headcount')).toHaveLength(2);
  });
});
