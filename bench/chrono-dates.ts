// Compares chrono-node with our time recognizer (src/recognizers/time) on the time corpus
// (accuracy) and on the seed articles repeated to ~5 MB (speed).
//
//   CHRONO_PATH=/tmp/chrono npx tsx bench/chrono-dates.ts [--verbose]
//
// CHRONO_PATH: a directory from which 'chrono-node' resolves (a scratch npm project), the package
// directory itself, or its entry file. Without it, 'chrono-node' is imported normally.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { corpus } from '../src/recognizers/time/corpus.js';
import { recognizers } from '../src/recognizers/time/index.js';
import type { CorpusExample, Mention } from '../src/recognizers/types.js';

interface ChronoComponents {
  get(c: 'year' | 'month' | 'day'): number | null;
  isCertain(c: 'year' | 'month' | 'day' | 'weekday'): boolean;
}
interface ChronoResult {
  index: number;
  text: string;
  start: ChronoComponents;
}
interface Chrono {
  parse(text: string, ref?: Date): ChronoResult[];
}

async function loadChrono(): Promise<Chrono> {
  const p = process.env.CHRONO_PATH;
  let spec = 'chrono-node';
  if (p) {
    const abs = resolve(p);
    if (statSync(abs).isFile()) spec = pathToFileURL(abs).href;
    else {
      const req = createRequire(join(abs, 'noop.js'));
      let file: string;
      try {
        file = req.resolve('chrono-node'); // a project with chrono-node in node_modules
      } catch {
        file = req.resolve(abs); // the package directory itself
      }
      spec = pathToFileURL(file).href;
    }
  }
  const mod = (await import(spec)) as { default?: Chrono } & Partial<Chrono>;
  const chrono = typeof mod.parse === 'function' ? (mod as Chrono) : mod.default;
  if (!chrono || typeof chrono.parse !== 'function') throw new Error(`no chrono.parse in ${spec}`);
  return chrono;
}

const p2 = (n: number): string => String(n).padStart(2, '0');
const PRECISION_LENGTH: Record<string, number> = { year: 4, month: 7, quarter: 7, half: 7, day: 10 };

/** Chrono's start as "YYYY", "YYYY-MM" or "YYYY-MM-DD", at the precision it is sure of (a weekday counts as a day). */
function chronoStart(r: ChronoResult): string {
  const s = r.start;
  const y = s.get('year')!;
  const m = s.get('month')!;
  const d = s.get('day')!;
  if (s.isCertain('day') || s.isCertain('weekday') || !(s.isCertain('month') || s.isCertain('year'))) return `${y}-${p2(m)}-${p2(d)}`;
  if (s.isCertain('month')) return `${y}-${p2(m)}`;
  return String(y);
}

interface Spanned {
  start: number;
  end: number;
  date: string | null;
}

/**
 * Scores one example: `strict` when a result over the expected span gives the expected start at
 * its own precision, `lenient` when it does once cut to the expected precision. An expected null
 * start (no date in the text, vague words) is right when nothing over the span gives a date; a
 * negative example when nothing at all is found.
 */
function score(ex: CorpusExample, got: Spanned[]): { strict: boolean; lenient: boolean } {
  const e = ex.expect;
  if (e === null) {
    const ok = got.length === 0;
    return { strict: ok, lenient: ok };
  }
  const text = e.text ?? '';
  const at = ex.text.indexOf(text);
  const over = got.filter((g) => at < 0 || (g.start < at + text.length && g.end > at));
  const want = e.time?.start ?? null;
  if (want === null) {
    const ok = over.every((g) => g.date === null);
    return { strict: ok, lenient: ok };
  }
  const len = PRECISION_LENGTH[e.time?.precision ?? 'day'] ?? want.length;
  return {
    strict: over.some((g) => g.date === want),
    lenient: over.some((g) => g.date !== null && g.date.length >= len && g.date.slice(0, len) === want),
  };
}

const refDateOf = (s: string | null | undefined): Date => {
  if (!s) return new Date(); // chrono's own default: now
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
};

const ours = (text: string, refDate: string | null): Mention[] => recognizers.flatMap((r) => r.find(text, { refDate }));

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const chrono = await loadChrono();

  // Accuracy on the corpus
  let cs = 0;
  let cl = 0;
  let os = 0;
  const misses: string[] = [];
  for (const ex of corpus) {
    const c = chrono.parse(ex.text, refDateOf(ex.refDate)).map((r) => ({ start: r.index, end: r.index + r.text.length, date: chronoStart(r), text: r.text }));
    const sc = score(ex, c);
    const so = score(ex, ours(ex.text, ex.refDate ?? null).map((m) => ({ start: m.start, end: m.end, date: m.time?.start ?? null })));
    cs += +sc.strict;
    cl += +sc.lenient;
    os += +so.strict;
    if (!sc.lenient)
      misses.push(
        `  ${JSON.stringify(ex.expect?.text ?? ex.text.slice(0, 40))} (ref ${ex.refDate ?? 'none'}) want ${ex.expect ? JSON.stringify(ex.expect.time?.start ?? null) : 'nothing'}; chrono ${JSON.stringify(c.map((r) => [r.text, r.date]))}`,
      );
  }
  const n = corpus.length;
  const pct = (k: number): string => `${k}/${n} (${((100 * k) / n).toFixed(1)}%)`;
  console.log(`corpus: ${n} examples`);
  console.log(`  chrono-node  strict ${pct(cs)}, lenient ${pct(cl)}`);
  console.log(`  ours         strict ${pct(os)}`);
  console.log(`  chrono misses (lenient): ${misses.length}`);
  for (const line of verbose ? misses : misses.slice(0, 25)) console.log(line);
  if (!verbose && misses.length > 25) console.log(`  … ${misses.length - 25} more (--verbose)`);

  // Speed over the seed articles, repeated to ~5 MB, each with its own date
  const dir = join(dirname(fileURLToPath(import.meta.url)), '../seeds');
  const docs = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const refDate = /^\s*date (\d{4}-\d{2}-\d{2})/.exec(text)?.[1] ?? null;
      return { text, refDate, ref: refDateOf(refDate), bytes: Buffer.byteLength(text) };
    });
  const TARGET = 5 * 1024 * 1024;
  const time = (name: string, run: (d: (typeof docs)[number]) => number): void => {
    let bytes = 0;
    let found = 0;
    const t0 = performance.now();
    while (bytes < TARGET) {
      for (const d of docs) {
        found += run(d);
        bytes += d.bytes;
      }
    }
    const s = (performance.now() - t0) / 1000;
    console.log(`  ${name.padEnd(12)} ${(bytes / 1e6).toFixed(2)} MB in ${s.toFixed(2)} s = ${(bytes / 1e6 / s).toFixed(1)} MB/s (${found} results)`);
  };
  const runChrono = (d: (typeof docs)[number]): number => chrono.parse(d.text, d.ref).length;
  const runOurs = (d: (typeof docs)[number]): number => ours(d.text, d.refDate).length;
  // The first round includes JIT warm-up (what one CLI run over ~5 MB sees); the second is steady state.
  for (const round of ['cold', 'warm']) {
    console.log(`speed (${round}): seeds repeated to ~5 MB, one call per article`);
    time('chrono-node', runChrono);
    time('ours', runOurs);
  }
}

await main();
