// Every format and every bad-input case, through the real CLI.
import { chmodSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Export, Fact } from '../src/schema.js';
import { cli, parseCsv, shell, tempDir } from './helpers.js';

const ARTICLE = ' date 2025-04-02 Acme grows\n\nAcme Robotics said its valuation reached $2.5 billion on March 27, up from $900 million last year. It has 1,200 employees.\n';

describe('formats', () => {
  it('prints a table grouped by file, with line:column and no colour when piped', () => {
    const r = cli(['seeds/', '--mentions']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('seeds/000_4e34b570ebf6670e.txt');
    expect(r.stdout).toMatch(/\b\d+:\d+\b/);
    expect(r.stdout).not.toMatch(/\u001b\[/);
    expect(r.stdout.indexOf('seeds/000')).toBeLessThan(r.stdout.indexOf('seeds/004'));
  });
  it('colours the table only when forced, never with NO_COLOR', () => {
    expect(cli(['seeds/000_4e34b570ebf6670e.txt', '--mentions'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[/);
    expect(cli(['seeds/000_4e34b570ebf6670e.txt', '--mentions'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
  });
  it('exports one valid JSON document, byte-identical on every run', () => {
    const a = cli(['seeds/', '--format', 'json', '--mentions']);
    const b = cli(['seeds/', '--format', 'json', '--mentions']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const doc = Export.parse(JSON.parse(a.stdout));
    expect(doc.documents.map((d) => d.file)).toEqual(readdirSync('seeds').sort().map((f) => `seeds/${f}`));
    expect(doc.documents[0]!.date).toBe('2025-04-02');
    expect(doc.documents.flatMap((d) => d.facts).length).toBeGreaterThan(20);
  });
  it('exports NDJSON, one valid fact per line', () => {
    const r = cli(['seeds/', '--format', 'ndjson', '--mentions']);
    const lines = r.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(20);
    for (const l of lines) Fact.parse(JSON.parse(l));
  });
  it('exports RFC 4180 CSV with flat columns, one row per fact', () => {
    const r = cli(['seeds/', '--format', 'csv', '--mentions']);
    const nd = cli(['seeds/', '--format', 'ndjson', '--mentions']).stdout.trim().split('\n');
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual(expect.arrayContaining(['file', 'line', 'column', 'type', 'subject', 'object', 'value', 'unit', 'time', 'scope', 'qualifiers', 'confidence', 'rule', 'evidence']));
    expect(rows.length - 1).toBe(nd.length);
    const head = rows[0]!;
    const first = JSON.parse(nd[0]!);
    expect(rows[1]![head.indexOf('evidence')]).toBe(first.evidence.text);
    expect(rows.every((row) => row.length === head.length)).toBe(true);
  });
  it('writes --out atomically and leaves no temporary file', () => {
    const dir = tempDir();
    const out = join(dir, 'facts.json');
    const r = cli(['seeds/', '--format', 'json', '--out', out, '--mentions']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    Export.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(readdirSync(dir)).toEqual(['facts.json']);
  });
  it('filters by --type (with families) and --min-confidence', () => {
    const ndjson = (args: string[]) => cli(['seeds/', '--format', 'ndjson', '--mentions', ...args]).stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Fact);
    const all = ndjson([]);
    const dates = ndjson(['--type', 'mention.date']);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.length).toBe(all.filter((f) => f.type === 'mention.date').length);
    expect(ndjson(['--type', 'mention.*,quote']).length).toBe(all.filter((f) => f.type.startsWith('mention.') || f.type === 'quote').length);
    const sure = ndjson(['--min-confidence', '0.8']);
    expect(sure.length).toBe(all.filter((f) => f.confidence >= 0.8).length);
    expect(sure.length).toBeLessThan(all.length);
  });
  it('skips an input over --max-size with an error, without reading it, and keeps the others', () => {
    const all = cli(['seeds/', '--format', 'ndjson']).stdout.trim().split('\n').map((l) => JSON.parse(l) as Fact);
    for (const jobs of ['1', '2']) {
      // 3,000 bytes: seeds 001 (5,181) and 003 (3,470) are over it.
      // With --jobs 2 the workers read the files (EXTRACT_PARALLEL_MIN_FILES: even a few files go to them).
      const r = cli(['seeds/', '--format', 'ndjson', '--max-size', '0.003', '--jobs', jobs], { env: { EXTRACT_PARALLEL_MIN_FILES: '1' } });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/seeds\/001_d741faa0638f45f9\.txt: 5,181 bytes, over --max-size 3,000 bytes .*, skipped/);
      expect(r.stderr).toMatch(/seeds\/003_cccac4c44d5e8202\.txt: 3,470 bytes, over --max-size/);
      const facts = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Fact);
      expect(facts).toEqual(all.filter((f) => !/00[13]_/.test(f.evidence.file)));
    }
    const stdin = cli(['-', '--max-size', '0.001'], { input: ARTICLE.repeat(20) });
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toMatch(/^extract: -: [\d,]+ bytes, over --max-size 1,000 bytes/m);
    const usage = cli(['seeds/', '--max-size', 'lots']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--max-size must be a number of megabytes above 0, got "lots"/);
  });
  it('reads standard input as "-" and resolves dates with --date', () => {
    const noHeader = 'Acme said on March 27 it had 1,200 employees.\n';
    const r = cli(['-', '--format', 'ndjson', '--mentions', '--date', '2025-04-02'], { input: noHeader });
    const facts = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Fact);
    expect(facts.every((f) => f.evidence.file === '-')).toBe(true);
    expect(facts.find((f) => f.type === 'mention.date')?.time?.start).toBe('2025-03-27');
    const without = cli(['-', '--format', 'ndjson', '--mentions'], { input: noHeader }).stdout.trim().split('\n').map((l) => JSON.parse(l) as Fact);
    expect(without.find((f) => f.type === 'mention.date')?.time?.start ?? null).toBeNull();
  });
  it('expands directories recursively and glob patterns, skipping hidden folders and node_modules', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    mkdirSync(join(dir, '.hidden'));
    mkdirSync(join(dir, 'node_modules'));
    for (const p of ['a/one.txt', 'a/b/two.md', '.hidden/no.txt', 'node_modules/no.txt', 'a/skip.json']) writeFileSync(join(dir, p), ARTICLE);
    const files = (args: string[]) => (JSON.parse(cli(args, { cwd: dir }).stdout) as Export).documents.map((d) => d.file);
    expect(files(['.', '--format', 'json'])).toEqual(['a/b/two.md', 'a/one.txt']);
    expect(files(['a', '--format', 'json'])).toEqual(['a/b/two.md', 'a/one.txt']);
    expect(files(['./a/**/*.md', '--format', 'json'])).toEqual(['a/b/two.md']);
  });
  it('prints the JSON Schema of a fact', () => {
    const r = cli(['schema']);
    const s = JSON.parse(r.stdout);
    expect(s.type).toBe('object');
    expect(s.required).toEqual(expect.arrayContaining(['id', 'type', 'value', 'evidence', 'confidence', 'rule']));
  });
  it('has --help with examples on every command', () => {
    for (const args of [['--help'], ['run', '--help'], ['schema', '--help'], ['eval', '--help'], ['diff', '--help'], ['check', '--help']]) {
      const r = cli(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Example/);
    }
  });
  it('rejects bad usage with exit code 2', () => {
    expect(cli(['seeds/', '--format', 'xml']).code).toBe(2);
    expect(cli(['seeds/', '--date', '2025-13-01']).code).toBe(2);
    expect(cli(['seeds/', '--min-confidence', 'high']).code).toBe(2);
    expect(cli(['seeds/', '--bogus']).code).toBe(2);
  });
});

describe('bad input', () => {
  const setup = () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'good.txt'), ARTICLE);
    return dir;
  };
  const factsOf = (stdout: string) => (JSON.parse(stdout) as Export).documents;

  it('a missing path: a one-line message, the other files still processed, exit 2', () => {
    const dir = setup();
    const r = cli(['missing.txt', 'good.txt', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('extract: missing.txt: no such file or directory');
    expect(factsOf(r.stdout).map((d) => d.file)).toEqual(['good.txt']);
  });
  it('a directory with no matching files', () => {
    const dir = setup();
    mkdirSync(join(dir, 'empty'));
    const r = cli(['empty', 'good.txt', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/empty: directory has no \.txt or \.md files/);
    expect(factsOf(r.stdout)).toHaveLength(1);
  });
  it('an empty file', () => {
    const dir = setup();
    writeFileSync(join(dir, 'empty.txt'), '');
    const r = cli(['.', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/empty\.txt: empty file/);
    expect(factsOf(r.stdout).map((d) => d.file)).toEqual(['good.txt']);
  });
  it('a binary file', () => {
    const dir = setup();
    writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
    const r = cli(['.', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/image\.txt: binary file/);
    expect(factsOf(r.stdout).map((d) => d.file)).toEqual(['good.txt']);
  });
  it('a file that is not valid UTF-8 is decoded with replacement characters and a warning', () => {
    const dir = setup();
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 Acme has 1,200 employees.\n', 'latin1'));
    const r = cli(['.', '--format', 'json', '--mentions'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/latin1\.txt: not valid UTF-8; decoded with replacement characters/);
    const docs = factsOf(r.stdout);
    expect(docs.map((d) => d.file)).toEqual(['good.txt', 'latin1.txt']);
  });
  it('a UTF-8 BOM and CRLF line endings keep exact evidence offsets', () => {
    const dir = tempDir();
    const text = '\uFEFF' + ARTICLE.replace(/\n/g, '\r\n');
    writeFileSync(join(dir, 'crlf.txt'), text);
    const r = cli(['crlf.txt', '--format', 'json', '--mentions'], { cwd: dir });
    expect(r.code).toBe(0);
    const [doc] = factsOf(r.stdout);
    expect(doc!.date).toBe('2025-04-02');
    expect(doc!.facts.length).toBeGreaterThan(0);
    const lines = text.split('\n');
    for (const f of doc!.facts) {
      expect(text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
      expect(lines[f.evidence.line - 1]!.slice(f.evidence.column - 1)).toMatch(new RegExp('^' + f.evidence.text.slice(0, 5).replace(/[.*+?^${}()|[\]\\$]/g, '\\$&')));
    }
  });
  it('a file the process may not read (a directory named like an article)', () => {
    const dir = setup();
    mkdirSync(join(dir, 'folder.txt'));
    const r = cli(['folder.txt', 'good.txt', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/folder\.txt: directory has no \.txt or \.md files|folder\.txt: is a directory/);
    expect(factsOf(r.stdout)).toHaveLength(1);
  });
  it('a file that cannot be read (a symbolic link loop) is named with the reason', () => {
    const dir = setup();
    symlinkSync('loop.txt', join(dir, 'loop.txt'));
    const r = cli(['loop.txt', 'good.txt', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('extract: loop.txt: cannot be read (symbolic link loop)');
    expect(factsOf(r.stdout)).toHaveLength(1);
  });
  it.skipIf(process.getuid?.() === 0)('a file without read permission (skipped as root, who can read anything)', () => {
    const dir = setup();
    writeFileSync(join(dir, 'secret.txt'), ARTICLE);
    chmodSync(join(dir, 'secret.txt'), 0);
    const r = cli(['secret.txt', 'good.txt', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/secret\.txt: permission denied/);
  });
  it('a glob that matches a directory named x.txt reports a read error and goes on', () => {
    const dir = setup();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'a.txt'), ARTICLE);
    const r = cli(['sub', 'good.txt', 'nothing-*.txt', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nothing-\*\.txt: no files match/);
    expect(factsOf(r.stdout)).toHaveLength(2);
  });
  it('stdout closed early (| head -1) exits quietly, without a stack trace', async () => {
    const r = await shell('$EXTRACT seeds/ seeds/ --format ndjson --mentions | head -1');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    JSON.parse(r.stdout);
    const help = await shell('$EXTRACT diff --help | head -1');
    expect(help.stderr).toBe('');
    expect(help.stdout).toMatch(/^Usage: extract diff/);
  });
});
