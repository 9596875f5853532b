// `extract check`: a committed baseline, stable bytes, exit 1 on any difference, clear errors for a
// missing or broken baseline; and the CI jobs the README shows, run as written on fixture articles.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baselineText, parseBaseline, portablePath } from '../src/diff/baseline.js';
import { Fact, type DocumentResult } from '../src/schema.js';
import { cli, ROOT, tempDir } from './helpers.js';

const STORY = join(ROOT, 'fixtures', 'diff', 'story');
const RULES = join(ROOT, 'fixtures', 'diff', 'rules.json');
/** The fixture rules alone: facts that do not move when the built-in rules improve. */
const CUSTOM = ['--rules', 'rules.json', '--type', 'custom.*'];

function project(): string {
  const dir = tempDir();
  cpSync(STORY, join(dir, 'articles'), { recursive: true });
  cpSync(RULES, join(dir, 'rules.json'));
  return dir;
}

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

const fact = (file: string, start: number, id = 'a'.repeat(16)): Fact =>
  Fact.parse({
    id, type: 'offices.count', subject: 'Velora Robotics', object: null, value: { kind: 'count', number: 14 }, time: null, scope: null,
    qualifiers: { approx: null }, evidence: { file, line: 1, column: start + 1, start, end: start + 10, text: '14 offices', sentence: 'It has 14 offices.' }, confidence: 0.9, rule: 'r',
  });

/** Whether every object in a JSON value lists its keys in sorted order. */
function keysSorted(v: unknown): boolean {
  if (Array.isArray(v)) return v.every(keysSorted);
  if (v && typeof v === 'object') {
    const keys = Object.keys(v);
    return keys.join('\u0000') === [...keys].sort().join('\u0000') && Object.values(v).every(keysSorted);
  }
  return true;
}

describe('the baseline file', () => {
  it('is stable JSON: sorted keys, relative paths, sorted documents and facts, no timestamps', () => {
    const abs = join(process.cwd(), 'articles', 'b.txt');
    const docs: DocumentResult[] = [
      { file: abs, date: null, title: 'B', facts: [fact(abs, 40), fact(abs, 5)] },
      { file: 'articles/a.txt', date: '2025-09-16', title: 'A', facts: [fact('articles/a.txt', 3)] },
    ];
    const text = baselineText(docs, process.cwd());
    expect(text).toBe(baselineText([...docs].reverse(), process.cwd()));
    expect(text.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(text);
    expect(keysSorted(parsed)).toBe(true);
    expect(Object.keys(parsed)).toEqual(['documents', 'kind', 'schemaVersion']);
    expect(parsed.documents.map((d: DocumentResult) => d.file)).toEqual(['articles/a.txt', 'articles/b.txt']);
    expect(parsed.documents[1].facts.map((f: Fact) => f.evidence.start)).toEqual([5, 40]);
    expect(text).not.toContain(process.cwd());
    // The ids hash the stored path, so they are the same on every machine.
    expect(parsed.documents[1].facts[0].id).toMatch(/^[0-9a-f]{16}$/);
    expect(parsed.documents[1].facts[0].id).not.toBe('a'.repeat(16));
    expect(parseBaseline('x', text).map((d) => d.file)).toEqual(['articles/a.txt', 'articles/b.txt']);
    expect(portablePath('./a/b.txt', '/x')).toBe('a/b.txt');
  });

  it('names what is wrong with a broken one', () => {
    expect(() => parseBaseline('f.json', '')).toThrow(/baseline f\.json: the file is empty/);
    expect(() => parseBaseline('f.json', '{"documents": [')).toThrow(/^baseline f\.json: not valid JSON \(/);
    expect(() => parseBaseline('f.json', '[]')).toThrow(/does not match the baseline schema: expected an object/);
    expect(() => parseBaseline('f.json', '{"kind": "something-else", "schemaVersion": "1.0", "documents": []}')).toThrow(/kind is "something-else", expected "extract-baseline"/);
    expect(() => parseBaseline('f.json', '{"schemaVersion": "1.0"}')).toThrow(/does not match the baseline schema: documents: /);
    expect(() => parseBaseline('f.json', '{"schemaVersion": "1.0", "documents": [], "generatedAt": "2025-01-01T00:00:00Z"}')).toThrow(/does not match the baseline schema: .*generatedAt/);
    expect(() => parseBaseline('f.json', JSON.stringify({ schemaVersion: '1.0', documents: [{ file: 'a', date: null, title: null, facts: [{ ...fact('a', 1), value: { kind: 'count' } }] }] }))).toThrow(/documents\[0\]\.facts\[0\]\.value/);
    expect(() => parseBaseline('f.json', '{"schemaVersion": "9.0", "documents": []}')).toThrow(/schemaVersion "9\.0" is not supported.*--update/);
    const doc = { file: 'a', date: null, title: null, facts: [] };
    expect(() => parseBaseline('f.json', JSON.stringify({ schemaVersion: '1.0', documents: [doc, doc] }))).toThrow(/document "a" is listed twice/);
  });
});

describe('extract check (CLI)', () => {
  it('--update writes the baseline; check passes; an edited number fails and prints the changed fact', () => {
    const dir = project();
    const w = cli(['check', '--baseline', 'facts.lock.json', '--update', 'articles/', ...CUSTOM], { cwd: dir });
    expect(w.code).toBe(0);
    expect(w.stderr).toMatch(/wrote facts\.lock\.json: \d+ facts in 3 documents/);
    const text = readFileSync(join(dir, 'facts.lock.json'), 'utf8');
    expect(keysSorted(JSON.parse(text))).toBe(true);
    expect(text).not.toContain(dir);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const ok = cli(['check', '--baseline', 'facts.lock.json', 'articles/', ...CUSTOM], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^no difference from facts\.lock\.json: \d+ facts in 3 documents/);

    edit(join(dir, 'articles', 'harbor-ledger.txt'), 'employs 640 people', 'employs 660 people');
    const bad = cli(['check', '--baseline', 'facts.lock.json', 'articles/', ...CUSTOM, '--no-color'], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/changed \(1\)/);
    expect(bad.stdout).toMatch(/custom\.headcount[^│]*│ 640\s+│ 660/);
    expect(bad.stdout).toMatch(/harbor-ledger\.txt:5:\d+/);
    expect(bad.stdout).toContain('“employs 660 people”');
    expect(bad.stderr).toMatch(/1 difference from baseline facts\.lock\.json; if intended, run again with --update/);

    const json = cli(['check', '--baseline', 'facts.lock.json', 'articles/', ...CUSTOM, '--format', 'json'], { cwd: dir });
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report.rows).toHaveLength(1);
    expect(report.rows[0]).toMatchObject({ status: 'changed', file: 'articles/harbor-ledger.txt' });
    expect(report.rows[0].a[0].value).toEqual({ kind: 'count', number: 640 });
    expect(report.rows[0].b[0].value).toEqual({ kind: 'count', number: 660 });

    // --update accepts the change; then the check passes again, with no path given.
    const u = cli(['check', '--baseline', 'facts.lock.json', '--update', 'articles/', ...CUSTOM], { cwd: dir });
    expect(u.stderr).toMatch(/updated facts\.lock\.json/);
    expect(cli(['check', '--baseline', 'facts.lock.json', ...CUSTOM], { cwd: dir }).code).toBe(0);

    // A removed article and a fact that appears are differences too.
    rmSync(join(dir, 'articles', 'northern-wire.txt'));
    edit(join(dir, 'articles', 'harbor-ledger.txt'), 'Its robots already run', 'It will hire 40 engineers next year. Its robots already run');
    const gone = cli(['check', '--baseline', 'facts.lock.json', 'articles/', ...CUSTOM, '--format', 'json'], { cwd: dir });
    expect(gone.code).toBe(1);
    const g = JSON.parse(gone.stdout);
    expect(g.documents.onlyInA).toEqual(['articles/northern-wire.txt']);
    expect(g.rows.map((r: { status: string; file: string }) => `${r.status} ${r.file}`)).toEqual(
      expect.arrayContaining(['only_in_a articles/northern-wire.txt', 'only_in_b articles/harbor-ledger.txt']),
    );
    // The removed article counts by its facts, not once more as a document.
    expect(gone.stderr).toMatch(new RegExp(`extract: ${g.rows.length} differences from baseline`));
  }, 90_000);

  it('a missing baseline is an error that suggests --update; a broken one names the problem', () => {
    const dir = project();
    const missing = cli(['check', '--baseline', 'facts.lock.json', 'articles/'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/baseline facts\.lock\.json does not exist; create it with: extract check --baseline facts\.lock\.json --update articles\//);

    writeFileSync(join(dir, 'facts.lock.json'), '{ "documents": [ }');
    const invalid = cli(['check', '--baseline', 'facts.lock.json', 'articles/'], { cwd: dir });
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/baseline facts\.lock\.json: not valid JSON/);
    expect(invalid.stdout).toBe('');

    writeFileSync(join(dir, 'facts.lock.json'), JSON.stringify({ kind: 'extract-baseline', schemaVersion: '1.0', documents: [{ file: 'articles/a.txt', date: null, title: null, facts: [{ id: 'x' }] }] }));
    const schema = cli(['check', '--baseline', 'facts.lock.json', 'articles/'], { cwd: dir });
    expect(schema.code).toBe(2);
    expect(schema.stderr).toMatch(/baseline facts\.lock\.json: does not match the baseline schema: documents\[0\]\.facts\[0\]\.id: /);

    // --update replaces a broken baseline.
    const fixed = cli(['check', '--baseline', 'facts.lock.json', '--update', 'articles/', ...CUSTOM], { cwd: dir });
    expect(fixed.code).toBe(0);
    expect(() => parseBaseline('facts.lock.json', readFileSync(join(dir, 'facts.lock.json'), 'utf8'))).not.toThrow();

    // An unreadable input never writes a baseline.
    const nope = cli(['check', '--baseline', 'other.lock.json', '--update', 'articles/', 'nowhere/'], { cwd: dir });
    expect(nope.code).toBe(2);
    expect(existsSync(join(dir, 'other.lock.json'))).toBe(false);
  }, 90_000);
});

describe('the CI jobs of the README, as written', () => {
  const doc = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const yaml = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).join('\n');
  const commands = [...yaml.matchAll(/- run: npx extract (.+)/g)].map((m) => m[1]!.trim().split(/\s+/));
  const checkJob = commands.find((c) => c[0] === 'check')!;
  const diffJob = commands.find((c) => c[0] === 'diff')!;

  it('the docs hold both jobs', () => {
    expect(checkJob).toEqual(['check', '--baseline', 'facts.lock.json', 'articles/']);
    expect(diffJob).toEqual(['diff', 'articles/', '--fail-on', 'conflict']);
  });

  it('extract check fails the build on a changed fact', () => {
    const dir = project();
    expect(cli([...checkJob, '--update'], { cwd: dir }).code).toBe(0);
    expect(cli(checkJob, { cwd: dir }).code).toBe(0);
    edit(join(dir, 'articles', 'harbor-ledger.txt'), 'operates 14 offices', 'operates 15 offices');
    const r = cli([...checkJob, '--no-color'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('15 offices');
    expect(r.stdout).toMatch(/articles\/harbor-ledger\.txt:5:\d+|harbor-ledger\.txt:5:\d+/);
  }, 90_000);

  it('extract diff --fail-on conflict fails the build when sources contradict each other', () => {
    const dir = project();
    const r = cli([...diffJob, '--no-color'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/│ conflict │/);
    expect(r.stderr).toMatch(/with status conflict \(--fail-on conflict\)/);
    // Without the report that says 16 offices, the sources agree and the build passes.
    const agreeing = tempDir();
    mkdirSync(join(agreeing, 'articles'));
    for (const f of ['harbor-ledger.txt', 'northern-wire.txt']) cpSync(join(STORY, f), join(agreeing, 'articles', f));
    const ok = cli(diffJob, { cwd: agreeing });
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
  }, 90_000);
});
