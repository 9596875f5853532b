// Scale: the same output for every --jobs, streaming paths (--files-from), bad files in order, the
// worker pool and the ordered window, and the progress line (only on a terminal).
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readdirSync } from 'node:fs';
import { extractLoaded, extractOptions, loadInput, problems } from '../src/extraction.js';
import { extractInParallel, inOrder } from '../src/parallel/ordered.js';
import { WorkerPool } from '../src/parallel/pool.js';
import { Progress, renderProgress } from '../src/progress.js';
import { BIN, ROOT, tempDir, type CliResult } from './helpers.js';

const ARTICLE = ' date 2025-04-02 Acme grows\n\nAcme Robotics said its valuation reached $2.5 billion on March 27, up from $900 million last year. It has 1,200 employees.\n';

/** The real CLI, asynchronously (several runs at once); EXTRACT_PARALLEL_MIN_FILES=1 makes even a few files use workers. */
function run(args: string[], opts: { input?: string; cwd?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  return new Promise((res) => {
    const p = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', EXTRACT_PARALLEL_MIN_FILES: '1', ...opts.env },
    });
    let stdout = '';
    let stderr = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d)); // a character may be split across chunks
    p.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    p.on('close', (code) => res({ code: code ?? -1, stdout, stderr }));
    p.stdin.end(opts.input ?? '');
  });
}

describe('--jobs', () => {
  it('gives byte-identical NDJSON and JSON, in the same order, for --jobs 1, 2 and 3, bundled or not (options reach the workers)', async () => {
    const nd = ['seeds/', 'fixtures/', '--format', 'ndjson', '--mentions', '--rules', 'fixtures/diff/rules.json', '--date', '2025-01-01', '--min-confidence', '0.3'];
    const js = ['fixtures/', 'seeds/', '--format', 'json', '--type', 'users.*,funding.*,custom.*,valuation'];
    const [n1, n2, n3, j1, j2, j3] = await Promise.all([
      run([...nd, '--jobs', '1'], { env: { EXTRACT_BUNDLE: '0' } }), // the sources through tsx, no bundle anywhere
      run([...nd, '--jobs', '2']), // the command line and the worker from their bundles
      run([...nd, '--jobs', '3'], { env: { EXTRACT_WORKER_BUNDLE: '0' } }), // workers through the tsx shim, not the bundle
      run([...js, '--jobs', '1']),
      run([...js, '--jobs', '2']),
      run([...js, '--jobs', '3']),
    ]);
    for (const r of [n1, n2, n3, j1, j2, j3]) expect(r.code, r.stderr).toBe(0);
    expect(n1.stdout.split('\n').length).toBeGreaterThan(100);
    expect(n2.stdout).toBe(n1.stdout);
    expect(n3.stdout).toBe(n1.stdout);
    expect(j2.stdout).toBe(j1.stdout);
    expect(j3.stdout).toBe(j1.stdout);
    // The workers re-read the --rules file and applied --type.
    expect(n2.stdout).toMatch(/"type":"custom\./);
    const types = (JSON.parse(j2.stdout) as { documents: { facts: { type: string }[] }[] }).documents.flatMap((d) => d.facts.map((f) => f.type));
    expect(types.length).toBeGreaterThan(0);
    expect(types.every((t) => /^(users\.|funding\.|custom\.|valuation$)/.test(t))).toBe(true);
  }, 180_000);

  it('reports bad files on stderr in input order with exit code 2, the same for every --jobs', async () => {
    const dir = tempDir();
    for (const n of ['a', 'c', 'e', 'g']) writeFileSync(join(dir, `${n}.txt`), ARTICLE);
    writeFileSync(join(dir, 'b.txt'), '');
    writeFileSync(join(dir, 'd.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
    writeFileSync(join(dir, 'f.txt'), Buffer.from('Caf\xe9 Acme has 1,200 employees.\n', 'latin1'));
    mkdirSync(join(dir, 'empty'));
    const args = ['.', 'missing.txt', 'empty', '--format', 'json'];
    const [r1, r2] = await Promise.all([run([...args, '--jobs', '1'], { cwd: dir }), run([...args, '--jobs', '2'], { cwd: dir })]);
    expect(r1.code).toBe(2);
    expect(r2.code).toBe(2);
    expect(r2.stdout).toBe(r1.stdout);
    expect(r2.stderr).toBe(r1.stderr);
    const lines = r2.stderr.trim().split('\n');
    // Problems with the arguments first, then each file's in input order.
    expect(lines[0]).toMatch(/^extract: missing\.txt: no such file/);
    expect(lines[1]).toMatch(/^extract: empty: directory has no/);
    expect(lines.slice(2).map((l) => /extract: (\w)\.txt/.exec(l)?.[1])).toEqual(['b', 'd', 'f']);
    expect((JSON.parse(r2.stdout) as { documents: { file: string }[] }).documents.map((d) => d.file)).toEqual(['a.txt', 'c.txt', 'e.txt', 'f.txt', 'g.txt']);
  }, 120_000);

  it('reads standard input and writes HTML (with the article text) the same way in workers', async () => {
    const args = ['-', 'seeds/', '--format', 'html', '--date', '2025-04-02'];
    const [h1, h2] = await Promise.all([run([...args, '--jobs', '1'], { input: ARTICLE }), run([...args, '--jobs', '2'], { input: ARTICLE })]);
    expect(h1.code, h1.stderr).toBe(0);
    expect(h2.stdout).toBe(h1.stdout);
    expect(h2.stdout).toContain('class="text"'); // the article text, not the sentences of each fact
    expect(h2.stdout).not.toContain('Article text not available');
  }, 120_000);

  it('stops quietly when the reader goes away (| head -1) with workers running', async () => {
    const p = spawn('bash', ['-o', 'pipefail', '-c', `"${process.execPath}" "${BIN}" seeds/ fixtures/ seeds/ --jobs 2 --format ndjson | head -1`], {
      cwd: ROOT,
      env: { ...process.env, EXTRACT_PARALLEL_MIN_FILES: '1' },
    });
    let stdout = '';
    let stderr = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d)); // a character may be split across chunks
    p.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const code = await new Promise<number | null>((res) => p.on('close', res));
    expect(code).toBe(0);
    expect(stderr).toBe('');
    JSON.parse(stdout);
  }, 60_000);

  it('rejects a bad --jobs with exit code 2', async () => {
    for (const j of ['0', 'two', '1.5']) {
      const r = await run(['seeds/', '--jobs', j]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--jobs must be a whole number/);
    }
  }, 60_000);
});

describe('threads or not', () => {
  it('a run of few bytes stays on the main thread whatever --jobs says (workers cost more to start); a large one uses them', async () => {
    const { WorkerPool } = await import('../src/parallel/pool.js');
    const dir = tempDir();
    // 40 articles, more than the 32 that once decided, but far under 5 MB.
    for (let i = 0; i < 40; i++) writeFileSync(join(dir, `a${String(i).padStart(2, '0')}.txt`), ARTICLE);
    const before = WorkerPool.started;
    const { main } = await import('../src/cli.js');
    const { Writable, Readable } = await import('node:stream');
    const sink = (f: (s: string) => void) => new Writable({ write(c, _e, cb) { f(String(c)); cb(); } });
    const inProcess = async (args: string[]) => {
      let out = '';
      const code = await main(['node', 'extract', ...args, '--format', 'ndjson'], { stdin: Readable.from([]), stdout: sink((s) => (out += s)), stderr: sink(() => {}), env: {} });
      return { code, out };
    };
    const few = await inProcess(['--jobs', '2', dir]);
    expect(few.code).toBe(0);
    expect(few.out.trim().split('\n').length).toBeGreaterThanOrEqual(40);
    expect(WorkerPool.started - before).toBe(0);
    // Two files of 3 MB each: over 5 MB, so a worker starts.
    const big = tempDir();
    const para = ARTICLE.split('\n\n')[1]!;
    for (const n of ['x', 'y']) writeFileSync(join(big, `${n}.txt`), ARTICLE + `\nNothing here but words about the weather and the sea.`.repeat(Math.ceil(3e6 / 55)) + `\n${para}\n`);
    // One of them alone stays here too: a second thread would have nothing to do.
    const one = await inProcess(['--jobs', '2', join(big, 'x.txt')]);
    expect(one.code).toBe(0);
    expect(WorkerPool.started - before).toBe(0);
    const many = await inProcess(['--jobs', '2', big]);
    expect(many.code).toBe(0);
    expect(WorkerPool.started - before).toBe(1);
    expect(new Set(many.out.trim().split('\n').map((l) => (JSON.parse(l) as { evidence: { file: string } }).evidence.file)).size).toBe(2);
  }, 60_000);
});

describe('memory', () => {
  it('a very large document runs with at least 60% heap growth, and the growth of the run comes back after it, even when it throws', async () => {
    const v8 = (await import('node:v8')).default;
    const { adoptHeapGrowth, withLargeDocumentGrowth } = await import('../src/parallel/v8-tuning.js');
    const set = vi.spyOn(v8, 'setFlagsFromString').mockImplementation(() => {});
    try {
      adoptHeapGrowth(15); // several threads
      expect(withLargeDocumentGrowth(() => 'done')).toBe('done');
      expect(set.mock.calls).toEqual([['--heap-growing-percent=60'], ['--heap-growing-percent=15']]);
      set.mockClear();
      expect(() => withLargeDocumentGrowth(() => { throw new Error('boom'); })).toThrow('boom');
      expect(set.mock.calls).toEqual([['--heap-growing-percent=60'], ['--heap-growing-percent=15']]);
      for (const g of [60, 0]) {
        // One thread (already 60%), or V8's defaults asked for: nothing to change.
        set.mockClear();
        adoptHeapGrowth(g);
        withLargeDocumentGrowth(() => 0);
        expect(set).not.toHaveBeenCalled();
      }
    } finally {
      set.mockRestore();
      adoptHeapGrowth(0);
    }
  });

  it('skips, with an error, a document too large for the heap, instead of running out of memory and losing the rest', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    // About 8 M characters of names, sums, dates and counts: 305 MiB of heap to extract by the estimate, far
    // over 120 MiB; without the check node stops with "JavaScript heap out of memory" (exit 134).
    const para = ARTICLE.split('\n\n')[1]!;
    writeFileSync(join(dir, 'b.txt'), ARTICLE + `\n${para}`.repeat(Math.ceil(8e6 / (para.length + 1))));
    for (const jobs of ['1', '2']) {
      const r = await run(['--jobs', jobs, '--format', 'ndjson', join(dir, 'a.txt'), join(dir, 'b.txt')], { env: { NODE_OPTIONS: '--max-old-space-size=120' } });
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/b\.txt: needs about 30\d MB of heap to extract, more than node's limit of \d+ MB allows; split it, or give node more \(NODE_OPTIONS=--max-old-space-size=MB\), skipped/);
      expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).evidence.file)).toContain(join(dir, 'a.txt'));
    }
  });
});

describe('--files-from', () => {
  it('extracts the listed paths in the order given (from a file or stdin), not the default seeds/', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'z.txt'), ARTICLE.replace('Acme', 'Zeta'));
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    writeFileSync(join(dir, 'list'), 'z.txt\n\na.txt\r\nmissing.txt\n');
    const files = (r: CliResult) => r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { evidence: { file: string } }).evidence.file);
    const [fromFile, fromStdin, withPaths] = await Promise.all([
      run(['--files-from', 'list', '--format', 'ndjson', '--mentions'], { cwd: dir }),
      run(['--files-from', '-', '--format', 'ndjson', '--mentions', '--jobs', '2'], { cwd: dir, input: 'z.txt\na.txt\n' }),
      run(['a.txt', '--files-from', '-', '--format', 'ndjson', '--mentions'], { cwd: dir, input: 'z.txt\n' }),
    ]);
    expect(fromFile.code).toBe(2);
    expect(fromFile.stderr.trim()).toBe('extract: missing.txt: no such file');
    expect([...new Set(files(fromFile))]).toEqual(['z.txt', 'a.txt']);
    expect(fromStdin.code, fromStdin.stderr).toBe(0);
    expect([...new Set(files(fromStdin))]).toEqual(['z.txt', 'a.txt']);
    expect([...new Set(files(withPaths))]).toEqual(['a.txt', 'z.txt']);
  }, 120_000);

  // With --jobs 2 the run first looks ahead at the list, and waits at most 2 s for a slow one.
  it.each(['1', '2'])('streams: a document comes out before the next path of the list arrives (--jobs %s)', async (jobs) => {
    const p = spawn(process.execPath, [BIN, '--files-from', '-', '--jobs', jobs, '--format', 'ndjson'], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', EXTRACT_PARALLEL_MIN_FILES: '' } });
    p.stdin.write('seeds/000_4e34b570ebf6670e.txt\n');
    // The second path is only written once the first document's facts are out.
    p.stdout.setEncoding('utf8');
    const first = await new Promise<string>((res) => p.stdout.once('data', (d: string) => res(d)));
    expect(JSON.parse(first.split('\n')[0]!).evidence.file).toBe('seeds/000_4e34b570ebf6670e.txt');
    p.stdin.end('seeds/001_d741faa0638f45f9.txt\n');
    let rest = '';
    p.stdout.on('data', (d: string) => (rest += d));
    const code = await new Promise<number | null>((res) => p.on('close', res));
    expect(code).toBe(0);
    expect(rest).toContain('seeds/001_d741faa0638f45f9.txt');
  }, 60_000);

  it.each(['1', '2'])('stops when the reader goes away even while the list stays open (--jobs %s)', async (jobs) => {
    const p = spawn(process.execPath, [BIN, '--files-from', '-', '--jobs', jobs, '--format', 'ndjson'], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', EXTRACT_PARALLEL_MIN_FILES: '' } });
    // Three paths, then a list that neither grows nor ends (as from tail -f).
    p.stdin.write('seeds/000_4e34b570ebf6670e.txt\nseeds/001_d741faa0638f45f9.txt\nseeds/002_7939f769c8b86d6c.txt\n');
    await new Promise((res) => p.stdout.once('data', res));
    p.stdout.destroy(); // the reader goes away (| head -1)
    const exited = await Promise.race([new Promise((res) => p.on('exit', () => res(true))), new Promise((res) => setTimeout(() => res(false), 10_000))]);
    p.stdin.end();
    if (!exited) p.kill();
    expect(exited).toBe(true);
  }, 30_000);

  it('when the list fails, the documents read before it still come out, then the error (--jobs 1 and 2)', async () => {
    const { Readable, Writable } = await import('node:stream');
    const { main } = await import('../src/cli.js');
    for (const jobs of ['1', '2']) {
      let sent = false;
      const stdin = new Readable({
        read() {
          if (!sent) {
            sent = true;
            this.push('seeds/000_4e34b570ebf6670e.txt\nseeds/001_d741faa0638f45f9.txt\n');
          } else setTimeout(() => this.destroy(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' })), 50);
        },
      });
      let out = '';
      let err = '';
      const sink = (f: (s: string) => void) => new Writable({ write(c, _e, cb) { f(String(c)); cb(); } });
      const code = await main(['node', 'extract', '--files-from', '-', '--jobs', jobs, '--format', 'ndjson'], { stdin, stdout: sink((s) => (out += s)), stderr: sink((s) => (err += s)), env: {} });
      const files = new Set(out.trim().split('\n').map((l) => (JSON.parse(l) as { evidence: { file: string } }).evidence.file));
      expect([...files], `--jobs ${jobs}`).toEqual(['seeds/000_4e34b570ebf6670e.txt', 'seeds/001_d741faa0638f45f9.txt']);
      expect(err).toMatch(/EIO/);
      expect(code).not.toBe(0);
    }
  });

  it('a missing list, or stdin asked for twice, is a usage error', async () => {
    const [missing, twice] = await Promise.all([run(['--files-from', 'nope.txt']), run(['-', '--files-from', '-'])]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--files-from nope\.txt: no such file/);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/cannot both read standard input/);
  }, 60_000);
});

/**
 * extractInParallel with --jobs 2 and the real reading and extraction, `seen` told of each read started and
 * each extraction on the main thread (its start, then 'end'); the files in the order handed on.
 */
async function inParallel(inputs: AsyncIterable<{ file: string; path: string }>, seen: (event: string) => void = () => {}): Promise<string[]> {
  const options = extractOptions({}, problems({ stdout: process.stdout, stderr: process.stderr, stdin: process.stdin } as never));
  const out: string[] = [];
  const parallel = extractInParallel(inputs, {
    jobs: 2,
    options: {},
    keepText: false,
    heapGrowth: 0,
    stdinBytes: () => Promise.resolve(undefined),
    load: (input, data) => {
      seen(`load ${input.file}`);
      return loadInput(input, data);
    },
    extract: (l) => {
      seen(`start ${l.input.file}`);
      const r = extractLoaded(l, options);
      seen('end');
      return r;
    },
  });
  for await (const o of parallel) out.push(o.file);
  return out;
}

describe('ordered results', () => {
  it('hands on results in input order whatever order they finish in, with a bounded window', async () => {
    let inFlight = 0;
    let most = 0;
    const work = async (n: number) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, (n * 7919) % 13));
      inFlight--;
      return n * 2;
    };
    async function* numbers() {
      for (let i = 0; i < 50; i++) yield i;
    }
    const out: number[] = [];
    for await (const x of inOrder(numbers(), work, 5)) out.push(x);
    expect(out).toEqual(Array.from({ length: 50 }, (_, i) => i * 2));
    expect(most).toBeLessThanOrEqual(5);
  });

  it('a failed task fails at its turn, not before the results ahead of it', async () => {
    async function* numbers() {
      for (let i = 0; i < 6; i++) yield i;
    }
    const out: number[] = [];
    const work = (n: number) => (n === 3 ? Promise.reject(new Error('boom 3')) : new Promise<number>((r) => setTimeout(() => r(n), 20)));
    await expect(
      (async () => {
        for await (const x of inOrder(numbers(), work, 6)) out.push(x);
      })(),
    ).rejects.toThrow('boom 3');
    expect(out).toEqual([0, 1, 2]);
  });

  it('the worker pool runs tasks in threads and reports a task error and a crash', async () => {
    const dir = tempDir();
    const entry = join(dir, 'w.mjs');
    writeFileSync(
      entry,
      `import { parentPort, threadId } from 'node:worker_threads';
parentPort.on('message', ({ id, task }) => {
  if (task === 'crash') throw new Error('crashed');
  if (task < 0) parentPort.postMessage({ id, ok: false, error: { message: 'negative ' + task } });
  else setTimeout(() => parentPort.postMessage({ id, ok: true, value: { square: task * task, threadId } }), (task * 37) % 11);
});`,
    );
    const pool = new WorkerPool<number | string, { square: number; threadId: number }>({ size: 3, entry: new URL(`file://${entry}`) });
    try {
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => pool.run(i)));
      expect(results.map((r) => r.square)).toEqual(Array.from({ length: 20 }, (_, i) => i * i));
      expect(new Set(results.map((r) => r.threadId)).size).toBe(3);
      await expect(pool.run(-2)).rejects.toThrow('negative -2');
      await expect(pool.run('crash')).rejects.toThrow(/worker thread failed: .*crashed/s);
      await expect(pool.run(1)).rejects.toThrow(/worker thread failed/);
    } finally {
      await pool.close();
    }
  });
  it('with three inputs the main thread extracts two and a worker one (a worker took all three, and the main thread sat idle)', async () => {
    const dir = join(ROOT, 'seeds');
    const names = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, 3);
    async function* inputs() {
      for (const n of names) yield { file: n, path: join(dir, n) };
    }
    const onMain: string[] = [];
    const out = await inParallel(inputs(), (e) => e.startsWith('start ') && onMain.push(e.slice(6)));
    expect(out).toEqual(names);
    expect(onMain).toEqual([names[0], names[2]]);
  });

  it('the main thread reads its next input while it extracts the one before (it does not wait for each read)', async () => {
    const dir = join(ROOT, 'fixtures', 'articles');
    const names = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    async function* inputs() {
      // Each article several times, so that the main thread extracts many of them.
      for (let i = 0; i < 4; i++) for (const n of names) yield { file: `${i}/${n}`, path: join(dir, n) };
    }
    const events: string[] = [];
    const out = await inParallel(inputs(), (e) => events.push(e));
    expect(out).toEqual([0, 1, 2, 3].flatMap((i) => names.map((n) => `${i}/${n}`)));
    // Each extraction on the main thread after the first: was its input asked for before the one before ended?
    const starts = events.map((e, i) => [e, i] as const).filter(([e]) => e.startsWith('start '));
    expect(starts.length).toBeGreaterThan(4);
    const early = starts.slice(1).filter(([e, i]) => events.indexOf(`load ${e.slice(6)}`) < events.lastIndexOf('end', i));
    expect(early.length).toBeGreaterThanOrEqual(Math.floor((starts.length - 1) * 0.75));
  });
});

describe('progress', () => {
  it('renders files, bytes, facts and throughput, with a bar when the total is known', () => {
    const line = renderProgress({ files: 250, total: 1000, bytes: 5_000_000, facts: 12_345, elapsed: 2000 }, 200);
    expect(line).toContain('[#####---------------]  25%');
    expect(line).toContain('250/1,000 files');
    expect(line).toContain('5.0 MB');
    expect(line).toContain('12,345 facts');
    expect(line).toContain('2.5 MB/s');
    expect(line).toContain('125 files/s');
    expect(line).toContain('6,173 facts/s');
    expect(line).toContain('0:02 eta 0:06');
    const open = renderProgress({ files: 3, bytes: 1500, facts: 7, elapsed: 1000 }, 200);
    expect(open).not.toContain('[');
    expect(open).toMatch(/^3 files {2}1\.5 kB {2}7 facts/);
    // A narrow terminal: the rates and the time go first, the file count stays.
    const narrow = renderProgress({ files: 2304, total: 5000, bytes: 47.6e6, facts: 98_771, elapsed: 40_000 }, 60);
    expect(narrow).toBe('2,304/5,000 files  47.6 MB  98,771 facts  1.2 MB/s');
    expect(renderProgress({ files: 3, total: 9, bytes: 1500, facts: 7, elapsed: 1000 }, 12)).toBe('3/9 files');
  });

  it('draws on a terminal at most every interval and erases itself', () => {
    const writes: string[] = [];
    let now = 0;
    const p = new Progress({ write: (s: string) => writes.push(s), columns: 120 }, () => now, 100);
    p.setTotal(3);
    expect(writes).toHaveLength(1);
    now = 50;
    p.add(100, 1);
    expect(writes).toHaveLength(1); // too soon
    now = 200;
    p.add(100, 2);
    expect(writes).toHaveLength(2);
    expect(writes[1]).toMatch(/^\r\[.*2\/3 files.*\x1b\[K$/);
    p.clear();
    expect(writes.at(-1)).toBe('\r\x1b[K');
    const final = p.done();
    expect(final).toMatchObject({ files: 2, total: 3, bytes: 200, facts: 3 });
    expect(writes.filter((w) => w === '\r\x1b[K')).toHaveLength(1); // nothing left to erase
  });

  it('prints nothing extra on stderr when stderr is not a terminal', async () => {
    const r = await run(['seeds/', '--format', 'ndjson', '--jobs', '2']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  }, 60_000);
});
