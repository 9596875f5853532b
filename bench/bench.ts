// `npm run bench [-- options]`: throughput, memory and linearity of the real CLI on a generated corpus,
// with two references timed in the same run (a plain read of every file, and chrono-node's parse),
// because absolute speeds drift on a shared machine. A script, not a test: CI times nothing.
//
//   npm run bench                      about 100 MB in 5,000 files, one 50 MB document, 3 runs each
//   npm run bench -- --size 10 --runs 1   a quick look while developing
//   npm run bench -- --budget          what the --jobs 1 target leaves for the extraction (bench/budget.ts)
//
// Options: --size MB (corpus size; single documents of 1, size/10 and size/2 MB), --files N (default
// 50 per MB), --runs N (median of N), --jobs 1,2, --timeout S (per CLI run), --dir DIR (corpus cache),
// --no-linear, --no-chrono, --no-shards, --markdown (also print the tables as Markdown), --json FILE (raw figures).
// The shards row runs two processes at once, `--jobs 1` each, on half of the files each (as GNU parallel
// would): what two cores give with nothing shared, beside what --jobs 2 gives with threads.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import Table from 'cli-table3';
import { loadSources, writeBigDocument, writeCorpus } from './corpus.js';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'extract.js');
const HOOK = pathToFileURL(join(import.meta.dirname, 'rss-hook.mjs')).href;
/** "#!/usr/bin/env -S node --a --b" → ["--a", "--b"]. */
const LAUNCHER_FLAGS = /^#!\S*env -S node((?:\s+--[\w-]+(?:=\S+)?)*)\s*$/m.exec(readFileSync(BIN, 'utf8').split('\n')[0]!)?.[1]!.trim().split(/\s+/).filter(Boolean) ?? [];

interface Options {
  size: number;
  files: number;
  runs: number;
  jobs: number[];
  timeout: number;
  dir: string;
  linear: boolean;
  chrono: boolean;
  shards: boolean;
  markdown: boolean;
  json?: string;
  budget: boolean;
  budgetHere: boolean;
}

function options(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      size: { type: 'string', default: '100' },
      files: { type: 'string' },
      runs: { type: 'string', default: '3' },
      jobs: { type: 'string', default: '1,2' },
      timeout: { type: 'string', default: '900' },
      dir: { type: 'string', default: join(tmpdir(), 'extract-bench') },
      'no-linear': { type: 'boolean', default: false },
      'no-chrono': { type: 'boolean', default: false },
      'no-shards': { type: 'boolean', default: false },
      markdown: { type: 'boolean', default: false },
      json: { type: 'string' },
      budget: { type: 'boolean', default: false },
      'budget-here': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(readFileSync(new URL(import.meta.url), 'utf8').split('\n').filter((l) => l.startsWith('//')).map((l) => l.slice(3)).join('\n'));
    process.exit(0);
  }
  const num = (name: string, v: string, min: number) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n < min) throw new Error(`--${name} must be a number ≥ ${min}, got "${v}"`);
    return n;
  };
  const size = num('size', values.size, 0.1);
  return {
    size,
    files: values.files ? Math.round(num('files', values.files, 1)) : Math.max(1, Math.round(size * 50)),
    runs: Math.round(num('runs', values.runs, 1)),
    jobs: values.jobs.split(',').map((j) => Math.round(num('jobs', j, 1))),
    timeout: num('timeout', values.timeout, 1),
    dir: values.dir,
    linear: !values['no-linear'],
    chrono: !values['no-chrono'],
    shards: !values['no-shards'],
    markdown: values.markdown,
    json: values.json,
    budget: values.budget,
    budgetHere: values['budget-here'],
  };
}

// ---------------------------------------------------------------------------------------------------
// The corpus, generated once per size and kept in --dir.

interface Corpus {
  dir: string;
  paths: string[];
  bytes: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.txt') ? [join(dir, e.name)] : []));
}

function corpus(o: Options): Corpus {
  const dir = join(o.dir, `corpus-${o.size}mb-${o.files}f`);
  const marker = join(dir, '.complete');
  if (!existsSync(marker)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    process.stderr.write(`generating ${o.size} MB in ${o.files} files in ${dir} …\n`);
    writeCorpus({ dir, files: o.files, bytes: o.size * 1e6 });
    writeFileSync(marker, '');
  }
  const paths = walk(dir);
  return { dir, paths, bytes: paths.reduce((n, p) => n + statSync(p).size, 0) };
}

async function singleDocument(o: Options, mb: number): Promise<string> {
  const path = join(o.dir, `single-${mb}mb.txt`);
  if (!existsSync(path) || statSync(path).size < mb * 1e6 * 0.99) {
    process.stderr.write(`generating one ${mb} MB document …\n`);
    await writeBigDocument(path, mb * 1e6, 7, loadSources());
  }
  return path;
}

// ---------------------------------------------------------------------------------------------------
// Measurements.

interface Sample {
  wallS: number;
  cpuS?: number;
  rssMb?: number;
  facts?: number;
  timedOut?: boolean;
}

let statsN = 0;

/** Runs the real CLI (bin/extract.js) with NDJSON to a pipe; counts the facts (lines). */
function runCli(o: Options, args: string[]): Promise<Sample> {
  const stats = join(o.dir, `stats-${process.pid}-${statsN++}.json`);
  return new Promise((done, fail) => {
    const t0 = performance.now();
    // The node options of the launcher's first line, as running `extract` gives them (with this node).
    // --max-size: the single documents of a large --size are over the default limit.
    const child = spawn(process.execPath, [...LAUNCHER_FLAGS, '--import', HOOK, BIN, ...args, '--format', 'ndjson', '--quiet', '--max-size', String(o.size + 1)], {
      cwd: ROOT,
      env: { ...process.env, EXTRACT_BENCH_STATS: stats, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let lines = 0;
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => {
      for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) lines++;
    });
    child.stderr.on('data', (b: Buffer) => (stderr = (stderr + b.toString()).slice(-4000)));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, o.timeout * 1000);
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      const wallS = (performance.now() - t0) / 1000;
      if (timedOut) return done({ wallS, timedOut: true });
      if (code !== 0) return fail(new Error(`extract ${args.join(' ')} exited with ${code}:\n${stderr}`));
      let s: { maxRssKb: number; cpuMs: number } | undefined;
      try {
        s = JSON.parse(readFileSync(stats, 'utf8'));
        rmSync(stats);
      } catch {
        /* no stats: the hook did not run */
      }
      done({ wallS, cpuS: s ? s.cpuMs / 1000 : undefined, rssMb: s ? s.maxRssKb / 1024 : undefined, facts: lines });
    });
  });
}

/** Two processes at once, `--jobs 1` each, on the two halves of the files (lists written in `o.dir`): the
 * time until both end, their CPU summed, and their peak RSS summed (at most what they held together). */
async function runShards(o: Options, lists: [string, string]): Promise<Sample> {
  const t0 = performance.now();
  const both = await Promise.all(lists.map((l) => runCli(o, ['--files-from', l, '--jobs', '1'])));
  const sum = (f: (s: Sample) => number | undefined) => (both.every((s) => f(s) !== undefined) ? both.reduce((n, s) => n + f(s)!, 0) : undefined);
  return { wallS: (performance.now() - t0) / 1000, cpuS: sum((s) => s.cpuS), rssMb: sum((s) => s.rssMb), facts: sum((s) => s.facts), timedOut: both.some((s) => s.timedOut) };
}

/** The I/O floor: read and decode every file, in this process. */
function readAll(c: Corpus): Sample {
  const t0 = performance.now();
  let n = 0;
  for (const p of c.paths) n += readFileSync(p, 'utf8').length;
  if (n < 0) throw new Error('unreachable');
  return { wallS: (performance.now() - t0) / 1000 };
}

interface Chrono {
  parse(text: string, ref?: Date): unknown[];
}

async function loadChrono(): Promise<Chrono | null> {
  try {
    const mod = (await import('chrono-node')) as unknown as { default?: Chrono } & Partial<Chrono>;
    return typeof mod.parse === 'function' ? (mod as Chrono) : (mod.default ?? null);
  } catch {
    return null;
  }
}

/** chrono-node's parse over every file (read included, as for extract), with each article's date as reference. */
function chronoAll(chrono: Chrono, c: Corpus): Sample {
  const t0 = performance.now();
  let found = 0;
  for (const p of c.paths) {
    const text = readFileSync(p, 'utf8');
    const d = /^\s*date (\d{4})-(\d{2})-(\d{2})/.exec(text);
    const ref = d ? new Date(+d[1]!, +d[2]! - 1, +d[3]!, 12) : undefined;
    found += chrono.parse(text, ref).length;
  }
  return { wallS: (performance.now() - t0) / 1000, facts: found };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

interface Row {
  name: string;
  runs: Sample[];
}

/** The median of a field over the runs that have it. */
function med(r: Row, f: (s: Sample) => number | undefined): number | undefined {
  const xs = r.runs.map(f).filter((x): x is number => x !== undefined);
  return xs.length ? median(xs) : undefined;
}

// ---------------------------------------------------------------------------------------------------
// Output.

const fmt = (n: number | undefined, digits = 1): string => (n === undefined || !Number.isFinite(n) ? '–' : n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }));
const ratio = (n: number | undefined): string => (n === undefined || !Number.isFinite(n) ? '–' : n >= 0.1 ? `${n.toFixed(2)}×` : `${n.toPrecision(2)}×`);

function table(head: string[], rows: string[][], markdown: boolean): string {
  const colour = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  const t = new Table({ head, style: colour ? { head: ['bold'], border: ['gray'] } : { head: [], border: [] } });
  t.push(...rows);
  let out = t.toString();
  if (markdown) {
    const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
    out += '\n\n' + [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
  }
  return out;
}

export async function main(argv: string[]): Promise<void> {
  const o = options(argv);
  if (o.budgetHere) return (await import('./budget.js')).budget();
  if (o.budget) {
    // In a process of its own, with the V8 flags the command line runs with.
    const r = spawnSync(process.execPath, [...LAUNCHER_FLAGS, join(ROOT, 'bin', 'bench.js'), '--budget-here'], { stdio: 'inherit' });
    process.exitCode = r.status ?? 1;
    return;
  }
  mkdirSync(o.dir, { recursive: true });
  const c = corpus(o);
  const mb = c.bytes / 1e6;
  console.log(`corpus: ${fmt(mb)} MB in ${c.paths.length.toLocaleString('en-US')} files (${c.dir}); ${o.runs} run(s) each, medians`);
  const chrono = o.chrono ? await loadChrono() : null;
  if (o.chrono && !chrono) console.log('chrono-node is not installed (npm i -D chrono-node): no chrono reference');

  // Interleaved rounds, so that a slow spell on a shared machine hits every row alike.
  const io: Row = { name: 'read + decode (I/O floor)', runs: [] };
  const ch: Row = { name: 'chrono-node parse (dates only)', runs: [] };
  const ex: Row[] = o.jobs.map((j) => ({ name: `extract --jobs ${j}`, runs: [] }));
  const sh: Row = { name: 'extract --jobs 1 × 2 processes, half the files each', runs: [] };
  const half = Math.ceil(c.paths.length / 2);
  const lists: [string, string] = [join(o.dir, 'shard-1.list'), join(o.dir, 'shard-2.list')];
  if (o.shards) {
    writeFileSync(lists[0], c.paths.slice(0, half).join('\n') + '\n');
    writeFileSync(lists[1], c.paths.slice(half).join('\n') + '\n');
  }
  for (let r = 0; r < o.runs; r++) {
    process.stderr.write(`round ${r + 1}/${o.runs}: read`);
    io.runs.push(readAll(c));
    if (chrono) {
      process.stderr.write(', chrono-node');
      ch.runs.push(chronoAll(chrono, c));
    }
    for (const [i, j] of o.jobs.entries()) {
      process.stderr.write(`, extract --jobs ${j}`);
      ex[i]!.runs.push(await runCli(o, [c.dir, '--jobs', String(j)]));
    }
    if (o.shards && c.paths.length > 1) {
      process.stderr.write(', two processes');
      sh.runs.push(await runShards(o, lists));
    }
    process.stderr.write('\n');
  }

  const speed = (r: Row) => {
    const t = med(r, (s) => (s.timedOut ? undefined : s.wallS));
    return t === undefined ? undefined : mb / t;
  };
  const ioSpeed = speed(io);
  const chronoSpeed = chrono ? speed(ch) : undefined;
  const rows: string[][] = [];
  const shards = sh.runs.length ? [sh] : [];
  for (const r of [io, ...(chrono ? [ch] : []), ...ex, ...shards]) {
    const t = med(r, (s) => (s.timedOut ? undefined : s.wallS));
    const isExtract = ex.includes(r) || r === sh;
    const facts = med(r, (s) => s.facts);
    const timedOut = r.runs.some((s) => s.timedOut);
    rows.push([
      r.name,
      timedOut && t === undefined ? `> ${o.timeout} (timed out)` : fmt(t, 2),
      isExtract ? fmt(med(r, (s) => s.cpuS), 1) : fmt(t, 2),
      fmt(t && mb / t, 2),
      fmt(t && c.paths.length / t, 0),
      isExtract ? fmt(t && facts !== undefined ? facts / t : undefined, 0) : '',
      isExtract ? fmt(med(r, (s) => s.rssMb), 0) : '',
      isExtract && chronoSpeed && t ? ratio(mb / t / chronoSpeed) : '',
      isExtract && ioSpeed && t ? ratio(mb / t / ioSpeed) : '',
    ]);
  }
  console.log();
  console.log(table(['run', 'time s', 'CPU s', 'MB/s', 'files/s', 'facts/s', 'peak RSS MB', '× chrono-node', '× I/O floor'], rows, o.markdown));
  const facts = [...ex, ...shards].map((r) => med(r, (s) => s.facts));
  if (new Set(facts.filter((f) => f !== undefined)).size > 1) console.log(`warning: the runs found different numbers of facts: ${facts.join(', ')}`);

  // Linearity: one ever larger document, time per MB; the fixed start-up (a 1 kB document) is taken off too.
  const linear: { mb: number; wallS?: number; netS?: number; rssMb?: number; timedOut?: boolean }[] = [];
  let startup: number | undefined;
  if (o.linear) {
    const sizes = [...new Set([1, Math.max(1, Math.round(o.size / 10)), Math.max(1, Math.round(o.size / 2))])];
    const tiny = join(o.dir, 'tiny.txt');
    writeFileSync(tiny, ' date 2025-04-02 Acme grows\n\nAcme Robotics said its valuation reached $2.5 billion on March 27. It has 1,200 employees.\n');
    const docs = new Map<number, string>();
    for (const size of sizes) docs.set(size, await singleDocument(o, size));
    process.stderr.write('linearity: start-up');
    const st: Sample[] = [];
    for (let r = 0; r < o.runs; r++) st.push(await runCli(o, [tiny, '--jobs', '1']));
    startup = median(st.map((s) => s.wallS));
    let stop = false;
    for (const size of sizes) {
      if (stop) {
        linear.push({ mb: size, timedOut: true });
        continue;
      }
      const path = docs.get(size)!;
      const bytes = statSync(path).size / 1e6;
      process.stderr.write(`, ${size} MB`);
      const runs = size <= 1 ? o.runs : 1;
      const samples: Sample[] = [];
      for (let r = 0; r < runs && !stop; r++) {
        const s = await runCli(o, [path, '--jobs', '1']);
        if (s.timedOut) stop = true;
        else samples.push(s);
      }
      if (!samples.length) linear.push({ mb: bytes, timedOut: true });
      else {
        const t = median(samples.map((s) => s.wallS));
        const rss = samples.map((s) => s.rssMb).filter((x): x is number => x !== undefined);
        linear.push({ mb: bytes, wallS: t, netS: Math.max(0, t - startup), rssMb: rss.length ? median(rss) : undefined });
      }
    }
    process.stderr.write('\n');
    const base = linear[0];
    const perMb = (x: (typeof linear)[number]) => (x.netS !== undefined ? x.netS / x.mb : undefined);
    const lrows = linear.map((x) => [
      `${fmt(x.mb, 1)} MB in one document`,
      x.timedOut ? `> ${o.timeout} (timed out)` : fmt(x.wallS, 2),
      fmt(x.wallS !== undefined ? x.wallS / x.mb : undefined, 2),
      fmt(perMb(x), 2),
      base && perMb(base) && perMb(x) !== undefined ? ratio(perMb(x)! / perMb(base)!) : '–',
      fmt(x.rssMb, 0),
    ]);
    console.log();
    console.log(`start-up (a 1 kB document): ${fmt(startup, 2)} s`);
    console.log(table(['document', 'time s', 's per MB', 's per MB after start-up', 'vs 1 MB', 'peak RSS MB'], lrows, o.markdown));
  }

  // The targets of the issue, checked on these figures.
  const j1 = ex[o.jobs.indexOf(1)];
  const j2 = ex[o.jobs.indexOf(2)];
  const s1 = j1 && speed(j1);
  const s2 = j2 && speed(j2);
  const rss = ex.map((r) => med(r, (s) => s.rssMb)).filter((x): x is number => x !== undefined);
  const lin = linear.length > 1 && linear[0]!.netS && linear.at(-1)!.netS !== undefined ? linear.at(-1)!.netS! / linear.at(-1)!.mb / (linear[0]!.netS! / linear[0]!.mb) : undefined;
  const check = (ok: boolean | undefined, text: string) => console.log(`${ok === undefined ? 'n/a ' : ok ? 'MET ' : 'NOT '} ${text}`);
  console.log();
  check(s1 && chronoSpeed ? s1 >= 3 * chronoSpeed : undefined, `--jobs 1 at least 3× chrono-node's MB/s: ${ratio(s1 && chronoSpeed ? s1 / chronoSpeed : undefined)}`);
  check(s1 && s2 ? s2 >= 1.7 * s1 : undefined, `--jobs 2 at least 1.7× --jobs 1: ${ratio(s1 && s2 ? s2 / s1 : undefined)}`);
  const ss = shards.length ? speed(sh) : undefined;
  if (s1 && ss) console.log(`     (two processes on half the files each: ${ratio(ss / s1)} --jobs 1, ${fmt(med(sh, (s) => s.rssMb), 0)} MB together)`);
  check(rss.length ? Math.max(...rss) < 300 : undefined, `peak RSS under 300 MB on the corpus: ${rss.map((x) => fmt(x, 0)).join(', ')} MB`);
  check(lin !== undefined ? lin <= 1.5 : linear.some((x) => x.timedOut) ? false : undefined, `time per MB at the largest document within 1.5× that at 1 MB: ${ratio(lin)}`);

  if (o.json) writeFileSync(o.json, JSON.stringify({ corpus: { mb, files: c.paths.length }, rows: [io, ch, ...ex, ...shards], startup, linear }, null, 2));
}
